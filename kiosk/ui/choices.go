package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"vuoro/kiosk/flow"
)

// choices lays out the screen's buttons: one large button centred, a few
// in a column, many in two columns. In large text every list is one wide
// column across the whole width, for the fewest lines.
type choices struct {
	large   bool
	tap     func(flow.Action)
	buttons []*choice
	one     *fyne.Container // a centred single button
	col     *fyne.Container // a column
	centred *fyne.Container // the column, centred
	grid    *fyne.Container // two columns
	obj     fyne.CanvasObject
}

func newChoices(large bool, tap func(flow.Action)) *choices {
	c := &choices{large: large, tap: tap, one: container.NewCenter(), col: container.NewVBox(),
		grid: container.NewGridWithColumns(2)}
	c.centred = container.NewCenter(c.col)
	return c
}

// update shows bs, reusing the buttons shown before.
func (c *choices) update(bs []flow.Button) {
	objs := make([]fyne.CanvasObject, len(bs))
	min := sizeChoice
	switch {
	case len(bs) == 1:
		min = sizeStart
	case len(bs) <= 3 || c.large:
		min = sizeChoiceWide
	}
	for i, b := range bs {
		ch := choiceAt(&c.buttons, i, c.tap)
		ch.set(b, lookPrimary, sizeButton, min)
		objs[i] = ch.obj
	}
	switch {
	case len(bs) == 1:
		c.one.Objects, c.obj = objs, c.one
	case c.large:
		c.col.Objects, c.obj = objs, c.col
	case len(bs) <= 3:
		c.col.Objects, c.obj = objs, c.centred
	default:
		c.grid.Objects, c.obj = objs, c.grid
	}
}
