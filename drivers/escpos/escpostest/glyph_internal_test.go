package escpostest

import (
	"testing"

	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/math/fixed"

	"vuoro/drivers/escpos"
)

// TestGlyphsFitTheirCell checks that every character of code page 858, in
// both weights, advances 12 dots and lies inside the 12×24 cell: none is
// clipped.
func TestGlyphsFitTheirCell(t *testing.T) {
	cell := fixed.R(0, -baseline, cellW, cellH-baseline)
	cell.Max.X += 1 // bold '%' overhangs by 1/64 of a dot
	for i, ttf := range [][]byte{gomono.TTF, gomonobold.TTF} {
		f := newFace(ttf)
		for c := 0x20; c < 0x100; c++ {
			if c == 0x7F {
				continue
			}
			r := []rune(escpos.DecodeText([]byte{byte(c)}))[0]
			b, adv, ok := f.GlyphBounds(r)
			if !ok || adv != fixed.I(cellW) || !b.In(cell) && !b.Empty() {
				t.Errorf("font %d: %q: bounds %v, advance %v, found %v", i, r, b, adv, ok)
			}
		}
	}
}
