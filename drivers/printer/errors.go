package printer

import "errors"

var (
	// ErrClosed is the error of a Conn used after Close.
	ErrClosed = errors.New("printer: connection closed")
	// ErrHangUp is a serial line whose other end has gone: the printer
	// was switched off or its cable pulled.
	ErrHangUp = errors.New("printer: the line hung up")
)
