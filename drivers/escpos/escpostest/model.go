package escpostest

import (
	"strings"

	"vuoro/drivers/escpos"
)

// Run is text printed with one set of attributes.
type Run struct {
	Text   string
	Bold   bool
	Width  int // 1..8
	Height int // 1..8
}

// Line is one printed line; an empty line is a feed.
type Line struct {
	Align escpos.Align
	Runs  []Run
}

// Receipt is what the printer printed up to a cut.
type Receipt struct {
	Lines   []Line
	Partial bool // the cut left a hinge
	Uncut   bool // bytes after the last cut: still in the printer
}

// Text returns the printed text, a line per printed line.
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
