package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vuoro/kiosk/flow"
	"vuoro/shared/i18n"
)

// body is the screen's own content, centred, scrolling if it must. Each
// part is made once; update puts the ones the state has into box.
type body struct {
	tap                func(flow.Action)
	box                *fyne.Container
	above, below       fyne.CanvasObject // spacers that centre the content
	offline, notice    *widget.RichText
	offlineObj, notObj fyne.CanvasObject
	question           *question
	title, subtitle    *widget.RichText
	number, errText    *widget.RichText
	countdown          *widget.RichText
	lines              []*widget.RichText
	qr                 *qrPart
	typing             *typing
	gapChoices         fyne.CanvasObject
	choices            *choices
}

func newBody(th kioskTheme, tap func(flow.Action)) *body {
	b := &body{tap: tap, box: container.NewVBox(),
		above: layout.NewSpacer(), below: layout.NewSpacer(),
		offline: text("", styleOffline), notice: text("", styleNotice),
		title: text("", styleTitle), subtitle: text("", styleSubtitle),
		number: text("", styleNumber), errText: text("", styleError),
		countdown: text("", styleBody), gapChoices: gap(12), qr: &qrPart{},
		question: newQuestion(th, tap), typing: newTyping(tap), choices: newChoices(th.large, tap)}
	b.offlineObj = banner(b.offline, theme.ColorNameError, th)
	b.notObj = banner(b.notice, theme.ColorNameWarning, th)
	return b
}

// update shows s; offline shows the banner of a lost hub.
func (b *body) update(s flow.State, offline bool) {
	items := []fyne.CanvasObject{b.above}
	if offline {
		setText(b.offline, i18n.T(s.Lang, i18n.ConnectionLost), styleOffline)
		items = append(items, b.offlineObj)
	}
	if s.Notice != "" {
		setText(b.notice, s.Notice, styleNotice)
		items = append(items, b.notObj)
	}
	if s.Question != nil {
		b.question.update(s.Question)
		items = append(items, b.question.obj)
	}
	items = append(items, b.texts(s)...)
	if len(s.Inputs) > 0 { // the typing screen: its own buttons in a row under the keys
		b.typing.update(s)
		items = append(items, b.typing.objs...)
		s.Choices = nil
	}
	if len(s.Choices) > 0 {
		b.choices.update(s.Choices)
		items = append(items, b.gapChoices, b.choices.obj)
	}
	b.box.Objects = append(items, b.below)
}

// block is one text of a screen: where it is drawn, what and how.
type block struct {
	rt *widget.RichText
	s  string
	st textStyle
}

// texts are the state's texts in reading order, the QR code before the
// countdown; empty ones are left out.
func (b *body) texts(s flow.State) []fyne.CanvasObject {
	blocks := []block{
		{b.title, s.Title, styleTitle},
		{b.subtitle, s.Subtitle, styleSubtitle},
		{b.number, s.NumberText, styleNumber},
		{b.errText, s.Error, styleError},
	}
	for len(b.lines) < len(s.Lines) {
		b.lines = append(b.lines, text("", styleSubtitle))
	}
	for i, l := range s.Lines {
		blocks = append(blocks, block{b.lines[i], l, styleSubtitle})
	}
	out := shown(blocks)
	if code := b.qr.of(s.QR); code != nil {
		out = append(out, code)
	}
	return append(out, shown([]block{{b.countdown, s.Countdown, styleBody}})...)
}

// shown sets each block's text and returns those that have one.
func shown(blocks []block) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, x := range blocks {
		if x.s != "" {
			setText(x.rt, x.s, x.st)
			out = append(out, x.rt)
		}
	}
	return out
}
