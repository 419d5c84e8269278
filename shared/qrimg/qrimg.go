// Package qrimg draws a QR code as a plain grey image, as the devices'
// screens show one (the queue display's join code, the kiosk's phone
// alternative).
package qrimg

import (
	"image"
	"image/draw"

	"github.com/boombuler/barcode"
	"github.com/boombuler/barcode/qr"
)

// Image is the QR code of text at module pixels a module, without a quiet
// zone (the caller's white background gives it); nil for empty text or one
// too long for a code.
func Image(text string, module int) image.Image {
	if text == "" || module < 1 {
		return nil
	}
	code, err := qr.Encode(text, qr.M, qr.Auto)
	if err != nil {
		return nil
	}
	side := code.Bounds().Dx() * module
	scaled, err := barcode.Scale(code, side, side)
	if err != nil {
		return nil
	}
	// Fyne's painters draw plain image types only: the barcode's own type
	// comes out blank.
	gray := image.NewGray(scaled.Bounds())
	draw.Draw(gray, gray.Bounds(), scaled, image.Point{}, draw.Src)
	return gray
}
