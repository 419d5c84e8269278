package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"vuoro/display/board"
)

// The counter display's design, on a 1280×720 canvas.
const counterW, counterH = 1280, 720

// CounterView is the screen above a service point: the call id being
// served there in huge type and the room below it.
type CounterView struct {
	content fyne.CanvasObject
	panel   *canvas.Rectangle
	callID  *canvas.Text
	room    *canvas.Text
	note    *canvas.Text
}

// NewCounterView returns the screen of a free room.
func NewCounterView() *CounterView {
	s := newSlide(counterW, counterH)
	v := &CounterView{}
	v.panel = s.rect(colPanel, 32, 40, 40, 1200, 480)
	v.callID = s.text(300, fyne.TextAlignCenter, true, 40, 40, 1200, 480)
	v.room = s.text(72, fyne.TextAlignCenter, false, 40, 540, 1200, 110)
	v.note = s.text(30, fyne.TextAlignCenter, false, 40, 660, 1200, 50)
	v.content = s.content(colBackground)
	v.Update(board.CounterState{})
	return v
}

// Content returns the screen's canvas object.
func (v *CounterView) Content() fyne.CanvasObject { return v.content }

// Update shows s. Call it on the Fyne goroutine.
func (v *CounterView) Update(s board.CounterState) {
	switch {
	case s.CallID == "":
		setFill(v.panel, colPanel)
		setText(v.callID, textNone, colIdle)
	case !s.Connected: // maybe stale: never shown as live
		setFill(v.panel, colPanel)
		setText(v.callID, s.CallID, colIdle)
	case s.Flash:
		setFill(v.panel, colFlash)
		setText(v.callID, s.CallID, colOnFlash)
	default:
		setFill(v.panel, colPanel)
		setText(v.callID, s.CallID, colText)
	}
	setText(v.room, roomText(s.Room), colSecondary)
	setText(v.note, noteText(s.Connected), colWarning)
}

func roomText(room string) string {
	if room == "" {
		return ""
	}
	return textRoom + " " + room
}

func noteText(connected bool) string {
	if connected {
		return ""
	}
	return textDisconnected
}
