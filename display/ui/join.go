package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"vuoro/shared/qrimg"
)

// textJoin is the caption under the join QR code, a line a language.
var textJoin = [3]string{"Jonoon puhelimella", "Kö med mobilen", "Join by phone"}

// joinCode is the QR code a phone scans to join a queue from the waiting
// room, on a white square (its quiet zone) with the caption under it.
type joinCode struct {
	url     string // shown now; "" hides it
	quiet   *canvas.Rectangle
	code    *canvas.Image
	caption [3]*canvas.Text
}

func newJoinCode(s *slide, x, y, w float32) joinCode {
	j := joinCode{quiet: s.rect(colQuiet, 8, x, y, w, w), code: s.image(x+12, y+12, w-24, w-24)}
	for i := range j.caption {
		j.caption[i] = s.text(26, fyne.TextAlignCenter, false, x-20, y+w+16+float32(i)*40, w+40, 36)
	}
	j.hide()
	return j
}

// show shows the QR code of url, making the code only when url changed
// (each minute); an empty url hides it.
func (j *joinCode) show(url string) {
	if url == j.url {
		return
	}
	j.url = url
	img := qrimg.Image(url, 4)
	if img == nil {
		j.hide()
		return
	}
	for i, c := range j.caption {
		setText(c, textJoin[i], colSecondary)
		c.Show()
	}
	j.quiet.Show()
	j.code.Show()
	j.code.Image = img
	j.code.Refresh() // after Show: a hidden image keeps its old texture
}

func (j *joinCode) hide() {
	j.quiet.Hide()
	j.code.Hide()
	for _, c := range j.caption {
		c.Hide()
	}
}
