package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vuoro/kiosk/flow"
)

// question is "Tarvitsetko lisää aikaa?" on a yellow strip, with its
// countdown and the answer as a large button, above the screen it keeps.
type question struct {
	text, countdown *widget.RichText
	answer          *choice
	obj             fyne.CanvasObject
}

func newQuestion(th kioskTheme, tap func(flow.Action)) *question {
	q := &question{text: text("", styleNotice), countdown: text("", styleNoticeBody), answer: newChoice(tap)}
	box := container.NewVBox(q.text, q.countdown, container.NewCenter(q.answer.obj))
	q.obj = banner(box, theme.ColorNameWarning, th)
	return q
}

// update shows fq.
func (q *question) update(fq *flow.Question) {
	setText(q.text, fq.Text, styleNotice)
	setText(q.countdown, fq.Countdown, styleNoticeBody)
	q.answer.set(fq.Answer, lookPrimary, sizeButton, sizeChoiceWide)
}
