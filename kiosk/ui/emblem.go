package ui

import (
	"embed"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"vuoro/kiosk/flow"
)

// emblemFiles are the agencies' placeholder emblems, one PNG per agency
// id (see emblems/README.md: official logos replace them).
//
//go:embed emblems/*.png
var emblemFiles embed.FS

// sizeEmblem is an emblem's side on an agency's button.
const sizeEmblem = 56

// emblem returns the emblem of an agency's button, or nil for another
// button or an agency without one.
func emblem(b flow.Button) fyne.CanvasObject {
	id, ok := strings.CutPrefix(string(b.ID), "agency:")
	if !ok {
		return nil
	}
	data, err := emblemFiles.ReadFile("emblems/" + id + ".png")
	if err != nil {
		return nil
	}
	img := canvas.NewImageFromResource(fyne.NewStaticResource(id+".png", data))
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(sizeEmblem, sizeEmblem))
	return container.NewCenter(img)
}
