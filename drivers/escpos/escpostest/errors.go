package escpostest

import (
	"errors"
	"fmt"
)

// The kinds of DecodeError that are not about a command's arguments.
var (
	// ErrUnknown is a byte sequence the virtual printer does not know.
	ErrUnknown = errors.New("unknown command")
	// ErrShort is a command the stream ends in the middle of.
	ErrShort = errors.New("command cut short")
)

// DecodeError reports bytes the virtual printer does not accept.
type DecodeError struct {
	Offset int    // where the bytes start in the stream
	Bytes  []byte // the command, or as much of it as there is
	Err    error  // ErrUnknown, ErrShort, or what is wrong with the command
}

func (e *DecodeError) Error() string {
	return fmt.Sprintf("escpostest: offset %d: % X: %v", e.Offset, e.Bytes, e.Err)
}

func (e *DecodeError) Unwrap() error { return e.Err }
