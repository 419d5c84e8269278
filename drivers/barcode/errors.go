package barcode

import "errors"

// Errors returned by Reader.Next. ErrGarbage and ErrTooLong concern one code
// only: the next call to Next reads the code after it. ErrUnplugged ends the
// Reader: every later call returns it again, wrapped with its cause.
var (
	// ErrGarbage is a code with bytes that are not printable text, as line
	// noise or a wrong baud rate give, or keys that are not characters.
	ErrGarbage = errors.New("barcode: unreadable code")

	// ErrTooLong is input longer than Options.MaxLen without an end of
	// code. It is returned as soon as the limit is passed; the rest of
	// that input, up to the next end of code, is dropped.
	ErrTooLong = errors.New("barcode: code too long")

	// ErrUnplugged means the device has gone: it was unplugged, hung up or
	// closed. The kiosk should tell staff and try to open it again.
	ErrUnplugged = errors.New("barcode: reader unplugged or closed")
)
