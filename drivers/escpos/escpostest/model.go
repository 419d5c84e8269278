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
// run differing in attributes from the one before, or a barcode or a QR
// code, which the printer prints on lines of their own. A line with none
// of these is a blank line fed through the printer.
type Line struct {
	Align   escpos.Align
	Runs    []Run
	Code128 *Code128 // a CODE128 barcode; the line has no runs
	QR      *QR      // a QR code; the line has no runs
}

// Code128 is a CODE128 barcode as the printer prints it.
type Code128 struct {
	Data   string     // the characters it encodes; FNC1 to FNC4 as the runes FNC1 to FNC4
	Raw    []byte     // the data bytes of GS k 73 n, code set selections included: what Render draws
	Height int        // the bars' height in dots (GS h)
	Module int        // the narrowest bar's width in dots (GS w)
	HRI    escpos.HRI // where the text goes (GS H)
}

// QR is a model 2 QR code as the printer prints it.
type QR struct {
	Data   string // the stored data, as bytes
	Module int    // dots a module
	Level  escpos.QRLevel
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
// ending in a line feed; a blank line is an empty one, a barcode is
// [CODE128 "data"] and a QR code [QR level "data"].
func (r Receipt) Text() string {
	var b strings.Builder
	for _, l := range r.Lines {
		switch {
		case l.Code128 != nil:
			fmt.Fprintf(&b, "[CODE128 %q]", l.Code128.Data)
		case l.QR != nil:
			fmt.Fprintf(&b, "[QR %v %q]", l.QR.Level, l.QR.Data)
		}
		for _, run := range l.Runs {
			b.WriteString(run.Text)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
