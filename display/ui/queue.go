package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"vuoro/display/board"
)

// QueueView is the waiting-room screen: the clock, the latest call in very
// large type, the calls before it, the join QR code and the information
// line. It has a landscape and a portrait face and shows the one that fits
// the screen's shape; both render every state, so turning the screen needs
// nothing more than a new layout.
type QueueView struct {
	content fyne.CanvasObject
	faces   [2]*queueFace // landscape, portrait
}

// NewQueueView returns an empty queue screen.
func NewQueueView() *QueueView {
	v := &QueueView{faces: [2]*queueFace{newQueueFace(landscape), newQueueFace(portrait)}}
	v.content = container.New(byAspect{}, v.faces[0].content, v.faces[1].content)
	v.Update(board.QueueState{})
	return v
}

// Content returns the screen's canvas object.
func (v *QueueView) Content() fyne.CanvasObject { return v.content }

// Update shows s. Call it on the Fyne goroutine. It refreshes only the
// objects whose text or colour changed, so an unchanged state paints nothing.
func (v *QueueView) Update(s board.QueueState) {
	for _, f := range v.faces {
		f.update(s)
	}
}

// byAspect shows its first object on a screen wider than tall and its
// second on any other, each filling the screen.
type byAspect struct{}

func (byAspect) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	shown := 0
	if size.Height > size.Width {
		shown = 1
	}
	for i, o := range objs {
		if i != shown {
			o.Hide()
			continue
		}
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
		o.Show()
	}
}

func (byAspect) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }
