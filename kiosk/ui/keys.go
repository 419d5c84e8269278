package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"

	"vuoro/kiosk/flow"
)

// Key handles a physical key (GPIO previous, next, select, help); safe
// from any goroutine.
func (k *Kiosk) Key(key flow.Key) {
	fyne.Do(func() { k.press(key) })
}

// Headset tells the model that a headset was plugged into the kiosk's
// jack or pulled out; safe from any goroutine.
func (k *Kiosk) Headset(plugged bool) {
	fyne.Do(func() { k.locked(func() { k.model.Headset(plugged) }) })
}

func (k *Kiosk) press(key flow.Key) {
	var job *flow.Job
	k.locked(func() { job = k.model.Press(key) })
	if job != nil {
		k.run(job)
	}
}

// keyboardKeys are a keyboard's or USB keypad's keys that do what the
// kiosk's physical keys do.
var keyboardKeys = map[fyne.KeyName]flow.Key{
	fyne.KeyLeft: flow.KeyPrev, fyne.KeyUp: flow.KeyPrev,
	fyne.KeyRight: flow.KeyNext, fyne.KeyDown: flow.KeyNext,
	fyne.KeyReturn: flow.KeySelect, fyne.KeyEnter: flow.KeySelect,
	fyne.KeyF1: flow.KeyHelp,
}

// listenKeys lets the keyboard's arrows and Enter move the focus.
func (k *Kiosk) listenKeys(c fyne.Canvas) {
	c.SetOnTypedKey(func(e *fyne.KeyEvent) {
		if key, ok := keyboardKeys[e.Name]; ok {
			k.press(key)
		}
	})
}

// The focus ring: black outside, yellow inside, thick, so it stands out on
// the white screen, on the blue buttons and on the yellow Help button.
var (
	ringOuter = color.NRGBA{A: 0xff}
	ringInner = color.NRGBA{R: 0xff, G: 0xd7, A: 0xff}
)

const ringWidth = 6

// focusRing draws the ring around a button.
func focusRing() fyne.CanvasObject {
	ring := func(c color.Color) *canvas.Rectangle {
		r := canvas.NewRectangle(color.Transparent)
		r.StrokeColor, r.StrokeWidth, r.CornerRadius = c, ringWidth, 8
		return r
	}
	inset := layout.NewCustomPaddedLayout(ringWidth, ringWidth, ringWidth, ringWidth)
	return container.NewStack(ring(ringOuter), container.New(inset, ring(ringInner)))
}
