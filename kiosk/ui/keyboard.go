package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"vuoro/kiosk/flow"
)

// Sizes of the typing screen's touch targets.
var (
	sizeField = fyne.NewSize(560, 56)
	sizeKey   = fyne.NewSize(72, 54)
	sizeWide  = fyne.NewSize(280, 54)
)

// inputs are the typing screen's fields: each a button that shows what is
// typed (or its placeholder) and moves the keys to it when tapped.
func (v *View) inputs(in []flow.Input) fyne.CanvasObject {
	col := container.NewVBox()
	for _, f := range in {
		look := lookPlain
		if f.Focused {
			look = lookPrimary
		}
		shown := f.Value
		if shown == "" {
			shown, look.hint = f.Placeholder, true
		}
		col.Add(container.NewHBox(fieldLabel(f.Label), button(flow.Button{ID: f.ID, Label: shown, Enabled: true, Selected: f.Focused, KeyFocus: f.KeyFocus}, look, sizeButton, sizeField, v.tap)))
	}
	return container.NewCenter(col)
}

// fieldLabel is a field's label in a column wide enough for the longest.
func fieldLabel(s string) fyne.CanvasObject {
	floor := canvas.NewRectangle(color.Transparent)
	floor.SetMinSize(fyne.NewSize(220, 0))
	return container.NewStack(floor, container.New(middle{}, text(s, styleBody)))
}

// keyboard is the on-screen keyboard, row by row, centred.
func (v *View) keyboard(rows [][]flow.Button) fyne.CanvasObject {
	col := container.NewVBox()
	for _, row := range rows {
		r := container.NewHBox()
		for _, k := range row {
			min := sizeKey
			if k.ID == flow.ActSpace || k.ID == flow.ActErase {
				min = sizeWide
			}
			r.Add(button(k, lookPlain, sizeButton, min, v.tap))
		}
		col.Add(container.NewCenter(r))
	}
	return col
}

// row lays out buttons side by side, centred: Peruuta and Jatka.
func (v *View) row(bs []flow.Button) fyne.CanvasObject {
	r := container.NewHBox()
	for _, b := range bs {
		r.Add(button(b, lookPrimary, sizeButton, sizeChoice, v.tap))
	}
	return container.NewCenter(r)
}
