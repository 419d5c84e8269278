package escpos

// Paper is the roll width.
type Paper int

// The paper widths: 58 mm and 80 mm rolls.
const (
	Paper58 Paper = 58
	Paper80 Paper = 80
)

// Dots is the printable width in dots at 203 dpi.
func (p Paper) Dots() int {
	if p == Paper58 {
		return 384
	}
	return 576
}

// Columns is how many characters of font A (12×24 dots) fit on a line.
func (p Paper) Columns() int { return p.Dots() / 12 }
