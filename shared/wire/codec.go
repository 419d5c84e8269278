package wire

import (
	"encoding/json"
	"fmt"
)

// Message is implemented by every payload type of the protocol.
type Message interface {
	head() *Header
	Validate() error
}

// Encode validates m and returns its JSON payload.
func Encode(m Message) ([]byte, error) {
	if err := check(m); err != nil {
		return nil, err
	}
	b, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("wire: encode: %w", err)
	}
	return b, nil
}

// Decode parses a payload into a message of type T and validates it. The
// error wraps ErrTooLarge, ErrMalformed, ErrVersion or ErrInvalid.
func Decode[T any, P interface {
	*T
	Message
}](payload []byte) (*T, error) {
	if len(payload) > MaxPayload {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrTooLarge, len(payload), MaxPayload)
	}
	var v struct {
		V *int `json:"v"`
	}
	if err := json.Unmarshal(payload, &v); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if v.V == nil || *v.V != Version {
		return nil, fmt.Errorf("%w: got %s, speak %d", ErrVersion, versionText(v.V), Version)
	}
	m := P(new(T))
	if err := json.Unmarshal(payload, m); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if err := check(m); err != nil {
		return nil, err
	}
	return (*T)(m), nil
}

func check(m Message) error {
	h := m.head()
	if h.V != Version {
		return fmt.Errorf("%w: got %d, speak %d", ErrVersion, h.V, Version)
	}
	if err := h.validate(); err != nil {
		return err
	}
	return m.Validate()
}

func versionText(v *int) string {
	if v == nil {
		return "none"
	}
	return fmt.Sprint(*v)
}
