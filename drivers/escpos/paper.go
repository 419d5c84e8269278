package escpos

import "fmt"

// Paper is the width of the paper roll in millimetres.
type Paper int

// The paper rolls of a TM-T20/TM-T88 class printer.
const (
	Paper58 Paper = 58 // 58 mm roll, 48 mm printable
	Paper80 Paper = 80 // 80 mm roll, 72 mm printable
)

// Dots is the printable width in dots at 203 dpi: 384 on 58 mm paper and
// 576 on 80 mm paper. A width the printers do not take has no dots.
func (p Paper) Dots() int {
	switch p {
	case Paper58:
		return 384
	case Paper80:
		return 576
	}
	return 0
}

// Columns is how many characters of font A (12×24 dots) fit on a line at
// normal size: 32 on 58 mm paper and 48 on 80 mm paper.
func (p Paper) Columns() int { return p.Dots() / fontAWidth }

// String returns the width as "80 mm".
func (p Paper) String() string { return fmt.Sprintf("%d mm", int(p)) }

// valid reports whether p is a paper the printers take.
func (p Paper) valid() bool { return p.Dots() > 0 }

// fontAWidth is the width in dots of a font A character cell.
const fontAWidth = 12
