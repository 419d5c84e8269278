package escpos

import (
	"errors"
	"fmt"
)

// Align is the horizontal alignment of the following lines.
type Align byte

// The alignments of ESC a.
const (
	AlignLeft   Align = 0
	AlignCenter Align = 1
	AlignRight  Align = 2
)

// Encoder accumulates a ticket's bytes. The first error sticks and makes
// later calls no-ops.
type Encoder struct {
	paper Paper
	buf   []byte
	err   error
}

// NewEncoder returns an encoder for paper.
func NewEncoder(p Paper) *Encoder { return &Encoder{paper: p} }

// Paper is the roll the encoder lays out for.
func (e *Encoder) Paper() Paper { return e.paper }

func (e *Encoder) put(b ...byte) {
	if e.err == nil {
		e.buf = append(e.buf, b...)
	}
}

func (e *Encoder) fail(err error) {
	if e.err == nil {
		e.err = err
	}
}

// Init resets the printer (ESC @) and selects code page 858 (ESC t 19).
func (e *Encoder) Init() { e.put(esc, '@', esc, 't', 19) }

// Align sets the alignment (ESC a n).
func (e *Encoder) Align(a Align) {
	if a > AlignRight {
		e.fail(fmt.Errorf("escpos: alignment %d", a))
		return
	}
	e.put(esc, 'a', byte(a))
}

// Bold turns emphasis on or off (ESC E n).
func (e *Encoder) Bold(on bool) { e.put(esc, 'E', boolByte(on)) }

// Size sets the character width and height multipliers, 1 to 8 each (GS ! n).
func (e *Encoder) Size(w, h int) {
	if w < 1 || w > 8 || h < 1 || h > 8 {
		e.fail(fmt.Errorf("escpos: character size %dx%d not in 1..8", w, h))
		return
	}
	e.put(gs, '!', byte((w-1)<<4|(h-1)))
}

// Text prints s in code page 858. A character the code page lacks is an
// error naming it.
func (e *Encoder) Text(s string) {
	b, err := encode(s)
	if err != nil {
		e.fail(err)
		return
	}
	e.put(b...)
}

// Line prints s and ends the line.
func (e *Encoder) Line(s string) {
	e.Text(s)
	e.put(lf)
}

// Feed prints and feeds n lines, 0 to 255 (ESC d n).
func (e *Encoder) Feed(n int) {
	if n < 0 || n > 255 {
		e.fail(fmt.Errorf("escpos: feed %d lines not in 0..255", n))
		return
	}
	e.put(esc, 'd', byte(n))
}

// cutFeed is how far the paper is fed before a cut, in motion units, so the
// last line clears the cutter.
const cutFeed = 3

// Cut feeds the paper to the cutter and cuts it, fully or leaving a
// hinge (GS V 65/66 n).
func (e *Encoder) Cut(partial bool) {
	m := byte(65)
	if partial {
		m = 66
	}
	e.put(gs, 'V', m, cutFeed)
}

// Err returns the first error, if any.
func (e *Encoder) Err() error { return e.err }

// Bytes returns the ticket, or the first error.
func (e *Encoder) Bytes() ([]byte, error) {
	if e.err != nil {
		return nil, e.err
	}
	if len(e.buf) == 0 {
		return nil, errors.New("escpos: empty ticket")
	}
	return append([]byte(nil), e.buf...), nil
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}
