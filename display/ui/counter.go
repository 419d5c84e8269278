package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"vuoro/display/board"
	"vuoro/shared/wire"
)

// The counter display's design, on a 1280×720 canvas.
const counterW, counterH = 1280, 720

// CounterView is the screen above a service point: the call id called or
// served there in huge type, or what the room is doing in three stacked
// languages, and the room below.
type CounterView struct {
	content fyne.CanvasObject
	panel   *canvas.Rectangle
	callID  *glyphs         // a new number every call: drawn a character at a time
	caption *canvas.Text    // under the number: come in, or serving
	lines   [3]*canvas.Text // the room's status in FI, SV, EN when no number
	room    *canvas.Text
	note    *canvas.Text
}

// NewCounterView returns the screen of a closed room.
func NewCounterView() *CounterView {
	s := newSlide(counterW, counterH)
	v := &CounterView{}
	v.panel = s.rect(colPanel, 32, 40, 40, 1200, 480)
	v.callID = s.glyphs(callSlots, 280, fyne.TextAlignCenter, true, 40, 50, 1200, 360)
	v.caption = s.text(54, fyne.TextAlignCenter, false, 40, 420, 1200, 80)
	for i := range v.lines {
		v.lines[i] = s.text(88, fyne.TextAlignCenter, i == 0, 40, float32(80+i*135), 1200, 130)
	}
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
	number, fg, bg := v.callColours(s)
	setFill(v.panel, bg)
	v.callID.set(number, fg)
	capText, capColour := counterCaption(s, fg)
	setText(v.caption, capText, capColour)
	lines, lineColour := counterLines(s)
	for i, t := range v.lines {
		setText(t, lines[i], lineColour[i])
	}
	setText(v.room, roomText(s.Room), colSecondary)
	setText(v.note, noteText(s.Connected), colWarning)
}

// callColours are the number shown, its colour and the panel's:
// highlighted while the call is news, dimmed while the hub is unreachable
// (it may be stale); no number when the room has no visit.
func (v *CounterView) callColours(s board.CounterState) (string, color.Color, color.Color) {
	switch {
	case !hasNumber(s):
		return "", colText, colPanel
	case !s.Connected:
		return s.CallID, colIdle, colPanel
	case s.Flash:
		return s.CallID, colOnFlash, colFlash
	}
	return s.CallID, colText, colPanel
}

func hasNumber(s board.CounterState) bool {
	return s.CallID != "" && (s.Status == wire.RoomCalled || s.Status == wire.RoomServing)
}

// counterCaption is the line under the number.
func counterCaption(s board.CounterState, fg color.Color) (string, color.Color) {
	if !hasNumber(s) {
		return "", fg
	}
	if fg == colText {
		fg = colSecondary
	}
	return stacked(counterTexts[s.Status]), fg
}

// counterLines are the status in each language, when there is no number:
// the Finnish line bold in white, the others lighter; a break in amber;
// all dimmed while the hub is unreachable.
func counterLines(s board.CounterState) ([3]string, [3]color.Color) {
	var lines [3]string
	if !hasNumber(s) {
		lines = counterTexts[s.Status]
	}
	c := [3]color.Color{colText, colSecondary, colSecondary}
	switch {
	case !s.Connected:
		c = [3]color.Color{colIdle, colIdle, colIdle}
	case s.Status == wire.RoomPaused:
		c = [3]color.Color{colWarning, colWarning, colWarning}
	}
	return lines, c
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
