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

// qrPart is a screen's QR code, drawn again only when its address changes.
type qrPart struct {
	url  string
	code fyne.CanvasObject
}

// of returns the QR code of url; nil for none.
func (q *qrPart) of(url string) fyne.CanvasObject {
	if url != q.url { // the zero qrPart is the one of no address
		q.url, q.code = url, qrCode(url)
	}
	return q.code
}
