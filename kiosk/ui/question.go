package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"vuoro/kiosk/flow"
)

// question is "Tarvitsetko lisää aikaa?" on a yellow strip, with its
// countdown and the answer as a large button, above the screen it keeps.
func (v *View) question(q *flow.Question, th kioskTheme) fyne.CanvasObject {
	answer := container.NewCenter(button(q.Answer, lookPrimary, sizeButton, sizeChoiceWide, v.tap))
	box := container.NewVBox(text(q.Text, styleNotice), text(q.Countdown, styleNoticeBody), answer)
	return banner(box, theme.ColorNameWarning, th)
}
