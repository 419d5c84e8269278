package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"vuoro/display/board"
)

// The queue display's design, on a 1920×1080 canvas: three columns (number,
// arrow, room) under a top bar with the clock, and on the right the QR code
// a phone scans to join a queue.
const (
	queueW, queueH = 1920, 1080
	colNumX        = 40
	colNumW        = 760
	colArrowX      = 800
	arrowW         = 160
	colRoomX       = 960
	colRoomW       = 660
	rowsW          = colRoomX + colRoomW - colNumX // the panel and stripes
	rowsY          = 470
	rowH           = 100
	joinX, joinW   = 1650, 240 // the join QR's column
)

// QueueView is the waiting-room screen: the clock, the latest call in very
// large type and the calls before it.
type QueueView struct {
	content fyne.CanvasObject
	clock   *canvas.Text
	note    *canvas.Text
	panel   *canvas.Rectangle
	latest  line
	recent  [board.RecentRows]line
	join    joinCode
}

// line is one call on the screen: number → room.
type line struct {
	number, arrow, room *canvas.Text
}

// NewQueueView returns an empty queue screen.
func NewQueueView() *QueueView {
	s := newSlide(queueW, queueH)
	v := &QueueView{}
	v.note = s.text(34, fyne.TextAlignLeading, false, 40, 15, 1000, 80)
	v.clock = s.text(60, fyne.TextAlignTrailing, false, 1040, 15, 840, 80)
	header(s, textNumber, colNumX, colNumW)
	header(s, textRoom, colRoomX, colRoomW)
	v.panel = s.rect(colPanel, 24, 40, 175, rowsW, 270)
	v.latest = newLine(s, 175, 270, 200, 150, 12)
	for i := range v.recent {
		y := float32(rowsY + i*rowH)
		if i%2 == 1 {
			s.rect(colStripe, 12, 40, y, rowsW, rowH)
		}
		v.recent[i] = newLine(s, y, rowH, 84, 64, 0)
	}
	v.join = newJoinCode(s, joinX, rowsY, joinW)
	v.content = s.content(colBackground)
	v.Update(board.QueueState{})
	return v
}

func header(s *slide, text string, x, w float32) {
	t := s.text(44, fyne.TextAlignCenter, false, x, 100, w, 70)
	t.Text, t.Color = text, colSecondary
}

// newLine adds a line at y of height h: the number and room in type of pt,
// the arrow in type of arrowPt lowered by arrowDY to sit level with the
// digits (the symbol font sets it higher than the text font's middle).
func newLine(s *slide, y, h, pt, arrowPt, arrowDY float32) line {
	return line{
		number: s.text(pt, fyne.TextAlignCenter, true, colNumX, y, colNumW, h),
		arrow:  s.text(arrowPt, fyne.TextAlignCenter, false, colArrowX, y+arrowDY, arrowW, h),
		room:   s.text(pt, fyne.TextAlignCenter, true, colRoomX, y, colRoomW, h),
	}
}

// Content returns the screen's canvas object.
func (v *QueueView) Content() fyne.CanvasObject { return v.content }

// Update shows s. Call it on the Fyne goroutine.
func (v *QueueView) Update(s board.QueueState) {
	setText(v.clock, s.Clock, colSecondary)
	setText(v.note, noteText(s.Connected), colWarning)
	v.join.show(s.Join)
	v.showLatest(s)
	fg, arrow := colText, colArrow
	if !s.Connected { // the calls may be stale: dimmed under the notice
		fg, arrow = colIdle, colIdle
	}
	for i := range v.recent {
		var e board.Entry
		if i < len(s.Recent) {
			e = s.Recent[i]
		}
		v.recent[i].show(e, fg, arrow)
	}
}

func (v *QueueView) showLatest(s board.QueueState) {
	switch {
	case s.Latest.CallID == "":
		setFill(v.panel, colPanel)
		v.latest.show(board.Entry{}, colText, colArrow)
		setText(v.latest.number, textNone, colIdle)
	case !s.Connected: // maybe stale: never shown as live
		setFill(v.panel, colPanel)
		v.latest.show(s.Latest, colIdle, colIdle)
	case s.Flash:
		setFill(v.panel, colFlash)
		v.latest.show(s.Latest, colOnFlash, colOnFlash)
	default:
		setFill(v.panel, colPanel)
		v.latest.show(s.Latest, colText, colArrow)
	}
}

// show writes e in colour fg with its arrow in colour arrow; an empty entry
// blanks the line.
func (l line) show(e board.Entry, fg, arrow color.Color) {
	a := textArrow
	if e.CallID == "" {
		a = ""
	}
	setText(l.number, e.CallID, fg)
	setText(l.arrow, a, arrow)
	setText(l.room, e.Room, fg)
}
