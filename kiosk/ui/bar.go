package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"

	"vuoro/kiosk/flow"
)

// bar is the strip on top of every screen: languages on the left; Help,
// Cancel and Larger on the right. In large text it is two rows of equal
// cells, languages above.
type bar struct {
	large          bool
	tap            func(flow.Action)
	langs, actions *fyne.Container // in a row, or in grids in large text
	buttons        []*choice
	obj            fyne.CanvasObject
}

func newBar(th kioskTheme, tap func(flow.Action)) *bar {
	b := &bar{large: th.large, tap: tap, langs: container.NewHBox(), actions: container.NewHBox()}
	strip := canvas.NewRectangle(th.Color(theme.ColorNameHeaderBackground, theme.VariantLight))
	var row fyne.CanvasObject = container.NewBorder(nil, nil, b.langs, b.actions)
	if th.large {
		b.langs, b.actions = container.NewGridWithColumns(1), container.NewGridWithColumns(1)
		row = container.NewVBox(b.langs, b.actions)
	}
	b.obj = container.NewStack(strip, container.NewPadded(row))
	return b
}

// update shows bs, reusing the buttons shown before.
func (b *bar) update(bs []flow.Button) {
	var langs, actions []fyne.CanvasObject
	for i, x := range bs {
		c := choiceAt(&b.buttons, i, b.tap)
		switch {
		case x.ID == flow.ActHelp:
			c.set(x, lookHelp, sizeBar, sizeBarButton)
			actions = append(actions, c.obj)
		case x.ID == flow.ActCancel || x.ID == flow.ActLarger:
			c.set(x, pick(x.Selected), sizeBar, sizeBarButton)
			actions = append(actions, c.obj)
		default:
			c.set(x, pick(x.Selected), sizeBar, sizeLangButton)
			langs = append(langs, c.obj)
		}
	}
	b.langs.Objects, b.actions.Objects = langs, actions
	if b.large {
		b.langs.Layout = layout.NewGridLayoutWithColumns(len(langs))
		b.actions.Layout = layout.NewGridLayoutWithColumns(len(actions))
	}
}

func pick(selected bool) buttonLook {
	if selected {
		return lookPrimary
	}
	return lookPlain
}
