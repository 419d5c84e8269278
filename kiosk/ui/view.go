package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"

	"vuoro/kiosk/flow"
)

// View draws flow states into a window. It keeps no state of its own
// beyond the window and whether the hub is lost: every Render replaces the
// window's content.
type View struct {
	win     fyne.Window
	tap     func(flow.Action)
	offline bool // the hub's heartbeats stopped: every screen says so
}

// NewView returns a view drawing into win that reports taps to tap.
func NewView(win fyne.Window, tap func(flow.Action)) *View {
	return &View{win: win, tap: tap}
}

// Render draws s. Call it on the Fyne goroutine.
func (v *View) Render(s flow.State) {
	th := kioskTheme{large: s.Large}
	bg := canvas.NewRectangle(th.Color(theme.ColorNameBackground, theme.VariantLight))
	screen := container.NewBorder(v.bar(s.Bar, th), nil, nil, nil, v.body(s, th))
	v.win.SetContent(container.NewThemeOverride(container.NewStack(bg, screen), th))
}

// Touch target sizes; a larger text makes a button grow beyond them.
var (
	sizeBarButton  = fyne.NewSize(190, 64)
	sizeLangButton = fyne.NewSize(88, 64)
	sizeChoice     = fyne.NewSize(320, 76)
	sizeChoiceWide = fyne.NewSize(640, 76)
	sizeStart      = fyne.NewSize(480, 120)
)

// bar is the strip on top of every screen: languages on the left; Help,
// Cancel and Larger on the right.
func (v *View) bar(bs []flow.Button, th kioskTheme) fyne.CanvasObject {
	langs, actions := container.NewHBox(), container.NewHBox()
	for _, b := range bs {
		switch {
		case b.ID == flow.ActHelp:
			actions.Add(button(b, lookHelp, sizeBar, sizeBarButton, v.tap))
		case b.ID == flow.ActCancel || b.ID == flow.ActLarger:
			actions.Add(button(b, pick(b.Selected), sizeBar, sizeBarButton, v.tap))
		default:
			langs.Add(button(b, pick(b.Selected), sizeBar, sizeLangButton, v.tap))
		}
	}
	strip := canvas.NewRectangle(th.Color(theme.ColorNameHeaderBackground, theme.VariantLight))
	var row fyne.CanvasObject = container.NewBorder(nil, nil, langs, actions)
	if th.large { // large text: two rows of equal cells, languages above
		row = container.NewVBox(container.NewGridWithColumns(len(langs.Objects), langs.Objects...),
			container.NewGridWithColumns(len(actions.Objects), actions.Objects...))
	}
	return container.NewStack(strip, container.NewPadded(row))
}

func pick(selected bool) buttonLook {
	if selected {
		return lookPrimary
	}
	return lookPlain
}

// body is the screen's own content, centred, scrolling if it must.
func (v *View) body(s flow.State, th kioskTheme) fyne.CanvasObject {
	items := []fyne.CanvasObject{layout.NewSpacer()}
	if v.offline {
		items = append(items, offlineBanner(s, th))
	}
	if s.Notice != "" {
		items = append(items, banner(text(s.Notice, styleNotice), theme.ColorNameWarning, th))
	}
	if s.Question != nil {
		items = append(items, v.question(s.Question, th))
	}
	items = append(items, texts(s)...)
	if len(s.Inputs) > 0 { // the typing screen: its own buttons in a row under the keys
		items = append(items, v.inputs(s.Inputs), gap(4), v.keyboard(s.Keys), gap(4), v.row(s.Choices))
		s.Choices = nil
	}
	if len(s.Choices) > 0 {
		items = append(items, gap(12), v.choices(s.Choices, th))
	}
	items = append(items, layout.NewSpacer())
	const pad = 32
	margin := container.New(layout.NewCustomPaddedLayout(pad/4, pad/4, pad, pad), container.NewVBox(items...))
	return container.NewVScroll(margin)
}

// gap is empty space of height h.
func gap(h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(0, h))
	return r
}

// texts are the state's texts in reading order; empty ones are left out.
func texts(s flow.State) []fyne.CanvasObject {
	blocks := []struct {
		s  string
		st textStyle
	}{
		{s.Title, styleTitle},
		{s.Subtitle, styleSubtitle},
		{s.NumberText, styleNumber},
		{s.Error, styleError},
	}
	var out []fyne.CanvasObject
	for _, b := range blocks {
		if b.s != "" {
			out = append(out, text(b.s, b.st))
		}
	}
	for _, l := range s.Lines {
		out = append(out, text(l, styleSubtitle))
	}
	if code := qrCode(s.QR); code != nil {
		out = append(out, code)
	}
	if s.Countdown != "" {
		out = append(out, text(s.Countdown, styleBody))
	}
	return out
}

// choices lays out the screen's buttons: one large button centred, a few
// in a column, many in two columns.
func (v *View) choices(bs []flow.Button, th kioskTheme) fyne.CanvasObject {
	if len(bs) == 1 {
		return container.NewCenter(button(bs[0], lookPrimary, sizeButton, sizeStart, v.tap))
	}
	if len(bs) <= 3 || th.large { // large text: one wide column, wrapping, scrolling
		col := container.NewVBox()
		for _, b := range bs {
			col.Add(button(b, lookPrimary, sizeButton, sizeChoiceWide, v.tap))
		}
		if th.large {
			return col // the whole width, for the fewest lines
		}
		return container.NewCenter(col)
	}
	grid := container.NewGridWithColumns(2)
	for _, b := range bs {
		grid.Add(button(b, lookPrimary, sizeButton, sizeChoice, v.tap))
	}
	return grid
}
