package ui

import "fyne.io/fyne/v2"

// middle centres its objects vertically at full width. Unlike a VBox
// between spacers, it measures a wrapped text at the width it will get, so
// a one-line label in a tall button sits in the middle.
type middle struct{}

func (middle) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		h := min(o.MinSize().Height, size.Height)
		o.Resize(fyne.NewSize(size.Width, h))
		o.Move(fyne.NewPos(0, (size.Height-h)/2))
	}
}

func (middle) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}
