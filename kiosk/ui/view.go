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

// View draws flow states into a window. It builds the screen's objects
// once per text size (normal and large lay out differently) and updates
// them in place on every Render, as the displays do: texts, colours,
// enabled states, the focus ring, banners and the list of choices. A
// button is made only when a screen has more of them than any before.
type View struct {
	win     fyne.Window
	tap     func(flow.Action)
	offline bool         // the hub's heartbeats stopped: every screen says so
	skels   [2]*skeleton // normal and large text, made on first use
}

// NewView returns a view drawing into win that reports taps to tap.
func NewView(win fyne.Window, tap func(flow.Action)) *View {
	return &View{win: win, tap: tap}
}

// Render draws s. Call it on the Fyne goroutine.
func (v *View) Render(s flow.State) {
	i := 0
	if s.Large {
		i = 1
	}
	if v.skels[i] == nil {
		v.skels[i] = newSkeleton(kioskTheme{large: s.Large}, v.tap)
	}
	sk := v.skels[i]
	sk.update(s, v.offline)
	v.win.SetContent(sk.themed())
}

// themed returns the skeleton in the kiosk's theme, ready to be laid out
// from nothing as a newly built screen is. The first time it wraps the
// skeleton in its theme override. After that it sizes every object to
// zero and refreshes the override: Fyne applies an override's theme only
// to the objects in it when it is made or refreshed (a part shown for the
// first time would take the app's theme), and a container lays itself out
// in the kiosk's theme only while the override lays it out, and then only
// when its size changes. Setting the override into the window then lays
// out the whole screen, as on the first Render.
func (sk *skeleton) themed() *container.ThemeOverride {
	if sk.root == nil {
		sk.root = container.NewThemeOverride(sk.top, sk.theme)
		return sk.root
	}
	collapse(sk.root)
	sk.root.Refresh()
	return sk.root
}

// collapse sizes o and every object under it to zero.
func collapse(o fyne.CanvasObject) {
	o.Resize(fyne.Size{})
	switch c := o.(type) {
	case *fyne.Container:
		for _, x := range c.Objects {
			collapse(x)
		}
	case *container.Scroll:
		collapse(c.Content)
	case *container.ThemeOverride:
		collapse(c.Content)
	}
}

// Touch target sizes; a larger text makes a button grow beyond them.
var (
	sizeBarButton  = fyne.NewSize(190, 64)
	sizeLangButton = fyne.NewSize(88, 64)
	sizeChoice     = fyne.NewSize(320, 76)
	sizeChoiceWide = fyne.NewSize(640, 76)
	sizeStart      = fyne.NewSize(480, 120)
)

// skeleton is every object of the kiosk's screens in one text size.
type skeleton struct {
	theme  kioskTheme
	root   *container.ThemeOverride // made on the first Render
	top    *fyne.Container          // the background under the bar and the body
	scroll *container.Scroll
	screen flow.Screen // the screen last drawn: another starts at the top
	bar    *bar
	body   *body
}

func newSkeleton(th kioskTheme, tap func(flow.Action)) *skeleton {
	sk := &skeleton{theme: th, bar: newBar(th, tap), body: newBody(th, tap), screen: -1}
	const pad = 32
	margin := container.New(layout.NewCustomPaddedLayout(pad/4, pad/4, pad, pad), sk.body.box)
	sk.scroll = container.NewVScroll(margin)
	bg := canvas.NewRectangle(th.Color(theme.ColorNameBackground, theme.VariantLight))
	sk.top = container.NewStack(bg, container.NewBorder(sk.bar.obj, nil, nil, nil, sk.scroll))
	return sk
}

// update shows s in the skeleton's objects.
func (sk *skeleton) update(s flow.State, offline bool) {
	if s.Screen != sk.screen {
		sk.screen, sk.scroll.Offset = s.Screen, fyne.Position{}
	}
	sk.bar.update(s.Bar)
	sk.body.update(s, offline)
}

// gap is empty space of height h.
func gap(h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(0, h))
	return r
}
