package wire

import "errors"

// Errors returned by Decode, wrapped with the detail. Test with errors.Is.
var (
	// ErrTooLarge means the payload exceeds MaxPayload.
	ErrTooLarge = errors.New("wire: payload too large")
	// ErrMalformed means the payload is not a JSON object of the expected shape.
	ErrMalformed = errors.New("wire: malformed payload")
	// ErrVersion means the payload speaks another protocol version.
	ErrVersion = errors.New("wire: unsupported protocol version")
	// ErrInvalid means the payload decoded but a field is missing or out of range.
	ErrInvalid = errors.New("wire: invalid payload")
	// ErrTopic means a topic is not part of the Vuoro tree.
	ErrTopic = errors.New("wire: unknown topic")
)
