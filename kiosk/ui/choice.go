package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vuoro/kiosk/flow"
)

// choice is a touch target built once and updated in place: a button of
// at least a minimum size whose caption wraps across lines, an agency's
// emblem on its left and the keys' focus ring around it.
type choice struct {
	id      flow.Action // what a tap reports; set on every update
	floor   *canvas.Rectangle
	btn     *widget.Button
	caption *widget.RichText
	label   *fyne.Container   // the caption, centred vertically
	content fyne.CanvasObject // label, or label beside the emblem
	emblem  string            // the button's action when it has an emblem
	ring    fyne.CanvasObject // built on first focus
	obj     *fyne.Container   // floor, button, content and the ring when focused
}

func newChoice(tap func(flow.Action)) *choice {
	c := &choice{floor: canvas.NewRectangle(color.Transparent)}
	c.btn = widget.NewButton("", func() { tap(c.id) })
	c.caption = text("", styleBody)
	c.label = container.New(middle{}, c.caption)
	c.content = c.label
	c.obj = container.NewStack(c.floor, c.btn, c.content)
	return c
}

// set shows b with look, its label of text size size, at least min large.
func (c *choice) set(b flow.Button, look buttonLook, size fyne.ThemeSizeName, min fyne.Size) {
	c.id = b.ID
	c.floor.SetMinSize(min)
	c.btn.Importance = look.importance
	label := look.label
	if b.Enabled {
		c.btn.Enable()
	} else {
		c.btn.Disable()
		label = theme.ColorNameDisabled
	}
	c.btn.Refresh()
	setText(c.caption, b.Label, textStyle{size: size, color: label, bold: !look.hint, italic: look.hint})
	c.setEmblem(b)
	objs := []fyne.CanvasObject{c.floor, c.btn, c.content}
	if b.KeyFocus {
		if c.ring == nil {
			c.ring = focusRing()
		}
		objs = append(objs, c.ring)
	}
	c.obj.Objects = objs
}

// setEmblem puts an agency's emblem beside the caption, or takes it away;
// the emblem is loaded again only when the button's agency changes.
func (c *choice) setEmblem(b flow.Button) {
	if string(b.ID) == c.emblem {
		return
	}
	c.emblem, c.content = "", c.label
	if e := emblem(b); e != nil { // an agency: its emblem on the left
		c.emblem = string(b.ID)
		c.content = container.NewBorder(nil, nil, container.NewPadded(e), nil, c.label)
	}
}

// choiceAt returns the i-th choice of pool, making it when the pool is
// shorter.
func choiceAt(pool *[]*choice, i int, tap func(flow.Action)) *choice {
	for len(*pool) <= i {
		*pool = append(*pool, newChoice(tap))
	}
	return (*pool)[i]
}

// setText shows s in st on a text made by text.
func setText(rt *widget.RichText, s string, st textStyle) {
	seg := rt.Segments[0].(*widget.TextSegment)
	style := seg.Style
	style.ColorName, style.SizeName = st.color, st.size
	style.TextStyle = fyne.TextStyle{Bold: st.bold, Italic: st.italic}
	if seg.Text == s && seg.Style == style {
		return
	}
	seg.Text, seg.Style = s, style
	rt.Refresh()
}
