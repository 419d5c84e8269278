package escpos

import "fmt"

// Align is the horizontal alignment of a printed line.
type Align byte

// The alignments of ESC a.
const (
	AlignLeft   Align = 0
	AlignCenter Align = 1
	AlignRight  Align = 2
)

// String returns "left", "center" or "right".
func (a Align) String() string {
	switch a {
	case AlignLeft:
		return "left"
	case AlignCenter:
		return "center"
	case AlignRight:
		return "right"
	}
	return fmt.Sprintf("Align(%d)", byte(a))
}

// Align sets the alignment of the lines that follow (ESC a n). The printer
// obeys ESC a only at the start of a line, so Align in mid-line is an error.
func (e *Encoder) Align(a Align) {
	if a > AlignRight {
		e.fail(fmt.Errorf("escpos: alignment %d: want left, center or right", byte(a)))
		return
	}
	if e.atLineStart("align", "is ignored by the printer") {
		e.put(esc, 'a', byte(a))
	}
}

// Feed prints the line buffer and feeds the paper n lines, 0 to 255
// (ESC d n). After text, the first of the n lines ends the text's line.
func (e *Encoder) Feed(n int) {
	if n < 0 || n > 255 {
		e.fail(fmt.Errorf("escpos: feed of %d lines: want 0..255", n))
		return
	}
	e.put(esc, 'd', byte(n))
	e.midLine = false
}
