package escpostest

import (
	"image"

	"github.com/boombuler/barcode/qr"

	"vuoro/drivers/escpos"
)

// hriGap is the space between a barcode's bars and its text, in dots.
const hriGap = 4

// code128Height is the height of a barcode with its text.
func code128Height(c *Code128) int {
	h := c.Height
	if c.HRI == escpos.HRIAbove || c.HRI == escpos.HRIBoth {
		h += cellH + hriGap
	}
	if c.HRI == escpos.HRIBelow || c.HRI == escpos.HRIBoth {
		h += cellH + hriGap
	}
	return h
}

// drawCode128 draws a barcode and its text with its top at y. Data the
// decoder would not accept draws nothing.
func drawCode128(img *image.Gray, a escpos.Align, c *Code128, y int) {
	syms, _, err := code128(c.Raw)
	if err != nil {
		return
	}
	bars := code128Bars(syms)
	width := len(bars) * c.Module
	x := alignX(img, a, width)
	if c.HRI == escpos.HRIAbove || c.HRI == escpos.HRIBoth {
		drawHRI(img, c.Data, x, width, y)
		y += cellH + hriGap
	}
	for i, bar := range bars {
		if bar {
			blacken(img, image.Rect(x+i*c.Module, y, x+(i+1)*c.Module, y+c.Height))
		}
	}
	if c.HRI == escpos.HRIBelow || c.HRI == escpos.HRIBoth {
		drawHRI(img, c.Data, x, width, y+c.Height+hriGap)
	}
}

// drawHRI prints a barcode's text in font A, centred under or over the
// bars from x, width dots wide. FNC characters are not printed.
func drawHRI(img *image.Gray, data string, x, width, y int) {
	var text []rune
	for _, r := range data {
		if r >= 0x20 && r < 0x7F {
			text = append(text, r)
		}
	}
	x += (width - len(text)*cellW) / 2
	for _, r := range text {
		stamp(img, glyph(r, false), x, y, 1, 1)
		x += cellW
	}
}

// drawQR draws the modules of a QR code, module dots each, with its top
// at y.
func drawQR(img *image.Gray, a escpos.Align, code image.Image, module, y int) {
	n := code.Bounds().Dx()
	x := alignX(img, a, n*module)
	for my := range n {
		for mx := range n {
			if r, _, _, _ := code.At(mx, my).RGBA(); r < 0x8000 {
				blacken(img, image.Rect(x+mx*module, y+my*module, x+(mx+1)*module, y+(my+1)*module))
			}
		}
	}
}

// qrLevels are the levels of the QR encoder.
var qrLevels = map[escpos.QRLevel]qr.ErrorCorrectionLevel{
	escpos.QRLevelL: qr.L, escpos.QRLevelM: qr.M, escpos.QRLevelQ: qr.Q, escpos.QRLevelH: qr.H,
}

// encodeQR makes the modules of q, in the densest mode its data allows,
// as the printer chooses.
func encodeQR(q *QR) (image.Image, error) {
	return qr.Encode(q.Data, qrLevels[q.Level], qr.Auto)
}
