package escpostest

import (
	"fmt"
	"strings"

	"vuoro/drivers/escpos"
)

// Run is text printed with one set of attributes.
type Run struct {
	Text   string // decoded from code page 858
	Bold   bool
	Width  int // character width multiplier, 1..8
	Height int // character height multiplier, 1..8
}

// Line is one printed line: the runs of text between two line ends, each
// run differing in attributes from the one before. A line with no runs is
// a blank line fed through the printer.
type Line struct {
	Align escpos.Align
	Runs  []Run
}

// Cut is how a receipt left the printer.
type Cut int

// The kinds of Cut.
const (
	Uncut      Cut = iota // not cut: the bytes after the last cut
	FullCut               // cut through
	PartialCut            // cut leaving a hinge
)

// String returns "uncut", "full cut" or "partial cut".
func (c Cut) String() string {
	switch c {
	case Uncut:
		return "uncut"
	case FullCut:
		return "full cut"
	case PartialCut:
		return "partial cut"
	}
	return fmt.Sprintf("Cut(%d)", int(c))
}

// Receipt is what the printer printed up to a cut.
type Receipt struct {
	Lines []Line
	Cut   Cut
}

// Text returns the printed text, a line of text per printed line, each
// ending in a line feed; a blank line is an empty one.
func (r Receipt) Text() string {
	var b strings.Builder
	for _, l := range r.Lines {
		for _, run := range l.Runs {
			b.WriteString(run.Text)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
