package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"vuoro/kiosk/flow"
)

// Sizes of the typing screen's touch targets.
var (
	sizeField = fyne.NewSize(560, 56)
	sizeKey   = fyne.NewSize(72, 54)
	sizeWide  = fyne.NewSize(280, 54)
)

// typing is the typing screen's fields, the on-screen keyboard under them
// and its own buttons in a row under the keys (Peruuta and Jatka).
type typing struct {
	tap     func(flow.Action)
	fields  []*field
	inputs  *fyne.Container   // the fields' rows
	keyRows []*fyne.Container // each row of keys
	centred []*fyne.Container // each row, centred
	keys    [][]*choice
	keyCol  *fyne.Container // the rows of keys, each centred
	buttons []*choice
	row     *fyne.Container
	objs    []fyne.CanvasObject // what the body shows
}

// field is one field's label and the button that shows what is typed.
type field struct {
	label *widget.RichText
	btn   *choice
	obj   fyne.CanvasObject
}

func newTyping(tap func(flow.Action)) *typing {
	t := &typing{tap: tap, inputs: container.NewVBox(), keyCol: container.NewVBox(), row: container.NewHBox()}
	t.objs = []fyne.CanvasObject{container.NewCenter(t.inputs), gap(4), t.keyCol, gap(4), container.NewCenter(t.row)}
	return t
}

// update shows the state's fields, keys and buttons.
func (t *typing) update(s flow.State) {
	t.updateInputs(s.Inputs)
	t.updateKeys(s.Keys)
	objs := make([]fyne.CanvasObject, len(s.Choices))
	for i, b := range s.Choices {
		c := choiceAt(&t.buttons, i, t.tap)
		c.set(b, lookPrimary, sizeButton, sizeChoice)
		objs[i] = c.obj
	}
	t.row.Objects = objs
}

// updateInputs shows each field as a button that shows what is typed (or
// its placeholder) and moves the keys to it when tapped.
func (t *typing) updateInputs(in []flow.Input) {
	objs := make([]fyne.CanvasObject, len(in))
	for i, f := range in {
		if i == len(t.fields) {
			t.fields = append(t.fields, newField(t.tap))
		}
		look := lookPlain
		if f.Focused {
			look = lookPrimary
		}
		shown := f.Value
		if shown == "" {
			shown, look.hint = f.Placeholder, true
		}
		fl := t.fields[i]
		setText(fl.label, f.Label, styleBody)
		b := flow.Button{ID: f.ID, Label: shown, Enabled: true, Selected: f.Focused, KeyFocus: f.KeyFocus}
		fl.btn.set(b, look, sizeButton, sizeField)
		objs[i] = fl.obj
	}
	t.inputs.Objects = objs
}

// newField is a field's label in a column wide enough for the longest,
// beside its button.
func newField(tap func(flow.Action)) *field {
	f := &field{label: text("", styleBody), btn: newChoice(tap)}
	floor := canvas.NewRectangle(color.Transparent)
	floor.SetMinSize(fyne.NewSize(220, 0))
	f.obj = container.NewHBox(container.NewStack(floor, container.New(middle{}, f.label)), f.btn.obj)
	return f
}

// updateKeys shows the on-screen keyboard, row by row, centred.
func (t *typing) updateKeys(rows [][]flow.Button) {
	objs := make([]fyne.CanvasObject, len(rows))
	for i, row := range rows {
		if i == len(t.keyRows) {
			r := container.NewHBox()
			t.keyRows, t.centred = append(t.keyRows, r), append(t.centred, container.NewCenter(r))
			t.keys = append(t.keys, nil)
		}
		keys := make([]fyne.CanvasObject, len(row))
		for j, k := range row {
			min := sizeKey
			if k.ID == flow.ActSpace || k.ID == flow.ActErase {
				min = sizeWide
			}
			c := choiceAt(&t.keys[i], j, t.tap)
			c.set(k, lookPlain, sizeButton, min)
			keys[j] = c.obj
		}
		t.keyRows[i].Objects = keys
		objs[i] = t.centred[i]
	}
	t.keyCol.Objects = objs
}
