package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"vuoro/shared/qrimg"
)

// qrSide is the QR code's side on screen: large enough for a phone held at
// arm's length.
const qrSide = 240

// qrCode is the QR code of url on a white square, centred; nil for none.
func qrCode(url string) fyne.CanvasObject {
	img := qrimg.Image(url, 4)
	if img == nil {
		return nil
	}
	code := canvas.NewImageFromImage(img)
	code.FillMode, code.ScaleMode = canvas.ImageFillContain, canvas.ImageScalePixels
	code.SetMinSize(fyne.NewSize(qrSide, qrSide))
	quiet := canvas.NewRectangle(color.White)
	quiet.SetMinSize(fyne.NewSize(qrSide+32, qrSide+32))
	return container.NewCenter(container.NewStack(quiet, container.NewCenter(code)))
}
