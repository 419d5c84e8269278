package escpos

import "fmt"

// Encoder accumulates the bytes of a ticket. The first error sticks: the
// calls after it do nothing, and Err and Bytes report it. The zero value
// is not usable; call NewEncoder.
type Encoder struct {
	paper   Paper
	buf     []byte
	midLine bool // text has been sent since the last line end
	err     error
}

// NewEncoder returns an encoder laying out a ticket for paper p. A paper
// width other than Paper58 and Paper80 is an error.
func NewEncoder(p Paper) *Encoder {
	e := &Encoder{paper: p, buf: make([]byte, 0, 256)} // a ticket's size
	if !p.valid() {
		e.err = fmt.Errorf("escpos: paper %v: want %v or %v", p, Paper58, Paper80)
	}
	return e
}

// Paper is the paper the encoder lays the ticket out for; callers use its
// Columns to wrap text.
func (e *Encoder) Paper() Paper { return e.paper }

// Err returns the first error, or nil.
func (e *Encoder) Err() error { return e.err }

// Bytes returns a copy of the ticket's bytes, or the first error.
func (e *Encoder) Bytes() ([]byte, error) {
	if e.err != nil {
		return nil, e.err
	}
	return append([]byte(nil), e.buf...), nil
}

// put appends command bytes unless an error has stuck.
func (e *Encoder) put(b ...byte) {
	if e.err == nil {
		e.buf = append(e.buf, b...)
	}
}

// fail makes err stick unless an earlier error already has.
func (e *Encoder) fail(err error) {
	if e.err == nil {
		e.err = err
	}
}

// atLineStart fails and reports false if text has been sent since the last
// line end: the printer ignores cmd there, or loses the text.
func (e *Encoder) atLineStart(cmd, why string) bool {
	if e.midLine {
		e.fail(fmt.Errorf("escpos: %s in mid-line %s; end the line first", cmd, why))
		return false
	}
	return e.err == nil
}
