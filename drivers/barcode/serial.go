package barcode

import (
	"context"
	"io"
	"unicode"
	"unicode/utf8"
)

// NewSerial returns a Reader of codes sent as lines on r: each code ends in
// CR, LF or CRLF (one end, not an empty code between). Empty lines are
// skipped. A code must be printable UTF-8 text, or Next returns ErrGarbage
// for it.
func NewSerial(r io.Reader, o Options) *Reader {
	o = o.withDefaults()
	return newReader(&lineDecoder{in: newInput(r, 256), max: o.MaxLen}, o)
}

// lineDecoder splits serial input into codes.
type lineDecoder struct {
	in      *input
	max     int
	line    []byte
	afterCR bool // the last byte was CR, so an LF now ends nothing
	tooLong bool // dropping the rest of an over-long code
}

func (d *lineDecoder) next(ctx context.Context) (string, error) {
	for {
		for i, b := range d.in.bytes() {
			if code, done, err := d.feed(b); done {
				d.in.consume(i + 1)
				return code, err
			}
		}
		d.in.consume(len(d.in.bytes()))
		if err := d.in.fill(ctx); err != nil {
			return "", err
		}
	}
}

// feed takes one byte; done is true when it finished a code or an error.
func (d *lineDecoder) feed(b byte) (code string, done bool, err error) {
	afterCR := d.afterCR
	d.afterCR = b == '\r'
	switch {
	case b == '\n' && afterCR:
		return "", false, nil
	case b == '\r' || b == '\n':
		return d.end()
	case d.tooLong:
		return "", false, nil
	case len(d.line) == d.max:
		d.tooLong, d.line = true, d.line[:0]
		return "", true, ErrTooLong
	}
	d.line = append(d.line, b)
	return "", false, nil
}

// end finishes the line at an end of line.
func (d *lineDecoder) end() (code string, done bool, err error) {
	line, tooLong := d.line, d.tooLong
	d.line, d.tooLong = d.line[:0], false
	switch {
	case tooLong, len(line) == 0:
		return "", false, nil
	case !printable(line):
		return "", true, ErrGarbage
	}
	return string(line), true, nil
}

// printable reports whether b is UTF-8 text with no control characters.
func printable(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 || !unicode.IsPrint(r) {
			return false
		}
		b = b[n:]
	}
	return true
}
