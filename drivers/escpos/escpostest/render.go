package escpostest

import (
	"image"
	"image/color"

	"vuoro/drivers/escpos"
)

// Paper geometry in dots at 203 dpi.
const (
	lineSpacing = 34 // the default line spacing, 1/6 inch (ESC 2)
	margin      = 16 // blank paper above the first line and below the last
	cutDash     = 8  // the dashes of the cut line
	hinge       = 48 // what a partial cut leaves uncut, in the middle
)

// Render draws r as the printer prints it on paper p, black on white, a
// pixel a dot: font A characters of 12×24 dots enlarged dot by dot by
// their size, characters of different heights on a line sharing a
// baseline, lines wider than the paper wrapped, a line taking the default
// line spacing or its characters' height if that is more. Barcodes and
// QR codes are drawn module by module as the printer prints them, on
// lines as tall as they are, and clipped at the paper's edge. A dashed
// line at the bottom marks the cut, with a gap for the hinge of a partial
// cut. A paper other than escpos.Paper58 and Paper80 has no width to
// print on.
func Render(r Receipt, p escpos.Paper) *image.Gray {
	var rows []row
	height := 2 * margin
	for _, l := range r.Lines {
		for _, w := range wrap(l, p.Dots()) {
			rw := newRow(w)
			rows = append(rows, rw)
			height += rw.pitch
		}
	}
	img := image.NewGray(image.Rect(0, 0, p.Dots(), height))
	for i := range img.Pix {
		img.Pix[i] = 0xFF // white paper
	}
	y := margin
	for _, rw := range rows {
		rw.draw(img, y)
		y += rw.pitch
	}
	drawCut(img, r.Cut)
	return img
}

// tall is the height in dots of the tallest characters of l.
func tall(l Line) int {
	h := 0
	for _, r := range l.Runs {
		h = max(h, r.Height*cellH)
	}
	return h
}

// row is a row of print: a line of text, or a part of one that wraps, or
// a barcode or QR code.
type row struct {
	Line
	pitch int         // how far the paper moves for it
	qr    image.Image // the modules of its QR code
}

// newRow lays out l: its pitch is a barcode's or QR code's height, or for
// text the default line spacing or the characters' height if that is
// more.
func newRow(l Line) row {
	r := row{Line: l}
	switch {
	case l.Code128 != nil:
		r.pitch = code128Height(l.Code128)
	case l.QR != nil:
		if code, err := encodeQR(l.QR); err == nil {
			r.qr, r.pitch = code, code.Bounds().Dx()*l.QR.Module
		}
	default:
		r.pitch = max(lineSpacing, tall(l))
	}
	return r
}

// draw draws the row with its top at y.
func (r row) draw(img *image.Gray, y int) {
	switch {
	case r.Code128 != nil:
		drawCode128(img, r.Align, r.Code128, y)
	case r.qr != nil:
		drawQR(img, r.Align, r.qr, r.QR.Module, y)
	case r.QR == nil:
		drawText(img, r.Line, y)
	}
}

// alignX is the left edge of something width dots wide on the paper.
func alignX(img *image.Gray, a escpos.Align, width int) int {
	switch a {
	case escpos.AlignCenter:
		return (img.Bounds().Dx() - width) / 2
	case escpos.AlignRight:
		return img.Bounds().Dx() - width
	}
	return 0
}

// drawText draws a row of characters with its top at y.
func drawText(img *image.Gray, l Line, y int) {
	x := alignX(img, l.Align, rowWidth(l))
	bottom := y + tall(l)
	for _, r := range l.Runs {
		for _, c := range r.Text {
			stamp(img, glyph(c, r.Bold), x, bottom-r.Height*cellH, r.Width, r.Height)
			x += r.Width * cellW
		}
	}
}

// stamp prints a character cell with its top left at (x, y), each dot
// enlarged to a block of w×h dots as a thermal printer enlarges it.
func stamp(img *image.Gray, c *image.Alpha, x, y, w, h int) {
	for cy := range cellH {
		for cx := range cellW {
			if c.Pix[cy*c.Stride+cx] != 0 {
				blacken(img, image.Rect(x+cx*w, y+cy*h, x+(cx+1)*w, y+(cy+1)*h))
			}
		}
	}
}

// blacken prints every dot of r that is on the paper.
func blacken(img *image.Gray, r image.Rectangle) {
	r = r.Intersect(img.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		clear(img.Pix[img.PixOffset(r.Min.X, y):img.PixOffset(r.Max.X, y)])
	}
}

// drawCut draws the cut line along the bottom of img.
func drawCut(img *image.Gray, c Cut) {
	if c == Uncut {
		return
	}
	b := img.Bounds()
	mid := b.Dx() / 2
	for x := range b.Dx() {
		gap := c == PartialCut && x >= mid-hinge/2 && x < mid+hinge/2
		if x/cutDash%2 == 0 && !gap {
			img.SetGray(x, b.Max.Y-2, color.Gray{})
			img.SetGray(x, b.Max.Y-1, color.Gray{})
		}
	}
}
