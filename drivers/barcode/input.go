package barcode

import (
	"context"
	"io"
)

// input reads a device in chunks for a decoder. It looks at ctx before each
// read, and it holds a read error back until the bytes that came with it
// have been decoded.
type input struct {
	r          io.Reader
	buf        []byte
	start, end int // buf[start:end] is not decoded yet
	err        error
}

func newInput(r io.Reader, size int) *input {
	return &input{r: r, buf: make([]byte, size)}
}

// bytes returns the bytes not decoded yet.
func (in *input) bytes() []byte { return in.buf[in.start:in.end] }

// consume marks n bytes as decoded.
func (in *input) consume(n int) { in.start += n }

// fill reads more bytes. It returns an error only when it has none: the
// ctx error, or the device's read error once everything before it is used.
// A read that returns nothing and no error is no error: the caller asks
// again, and so looks at ctx again.
func (in *input) fill(ctx context.Context) error {
	if in.err != nil {
		return in.err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	in.end = copy(in.buf, in.bytes())
	in.start = 0
	n, err := in.r.Read(in.buf[in.end:])
	in.end += n
	in.err = err
	if n > 0 {
		return nil
	}
	return err
}
