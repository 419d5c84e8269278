package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"vuoro/display/board"
)

// queueFace is the queue screen drawn to one design. Its objects are made
// once and only their texts and colours change, so a day of calls makes
// no new objects.
type queueFace struct {
	content fyne.CanvasObject
	clock   *glyphs           // a new time every minute: drawn a character at a time
	banner  *canvas.Rectangle // behind the connection-lost mark
	note    *canvas.Text
	info    *canvas.Text
	latest  line
	recent  [board.RecentRows]line
	join    joinCode
}

// line is one call on the screen: number → room on its panel.
type line struct {
	panel        *canvas.Rectangle
	number, room *glyphs // new texts every call: drawn a character at a time
	arrow        *canvas.Text
}

func newQueueFace(d queueDesign) *queueFace {
	s := newSlide(d.w, d.h)
	f := &queueFace{}
	f.banner = s.rect(colWarning, 12, d.note.x, d.note.y, d.note.w, d.note.h)
	f.note = s.text(d.notePt, fyne.TextAlignCenter, true, d.note.x, d.note.y, d.note.w, d.note.h)
	clockAlign := fyne.TextAlignTrailing
	if d.h > d.w {
		clockAlign = fyne.TextAlignCenter
	}
	f.clock = s.glyphs(clockSlots, 60, clockAlign, false, d.clock.x, d.clock.y, d.clock.w, d.clock.h)
	header(s, textNumber, d.headPt, d.numX, d.headY, d.numW)
	header(s, textRoom, d.headPt, d.roomX, d.headY, d.room)
	f.latest = newLine(s, d, d.latestY, d.latestH, d.latestPt, 24)
	for i := range f.recent {
		f.recent[i] = newLine(s, d, d.rowsY+float32(i)*d.rowH, d.rowH-8, d.rowPt, 12)
	}
	f.join = newJoinCode(s, d.joinX, d.joinY, d.joinW)
	f.info = s.text(52, fyne.TextAlignCenter, false, d.info.x, d.info.y, d.info.w, d.info.h)
	f.content = s.content(colBackground)
	return f
}

func header(s *slide, text string, pt, x, y, w float32) {
	t := s.text(pt, fyne.TextAlignCenter, false, x, y, w, 70)
	t.Text, t.Color = text, colSecondary
}

// newLine adds a line on a panel at y of height h: the number and room in
// type of pt, the arrow in a smaller type lowered to sit level with the
// digits (the symbol font sets it higher than the text font's middle).
func newLine(s *slide, d queueDesign, y, h, pt, radius float32) line {
	arrowPt := pt * 0.75
	return line{
		panel:  s.rect(colPanel, radius, d.numX, y, d.rowsW(), h),
		number: s.glyphs(callSlots, pt, fyne.TextAlignCenter, true, d.numX, y, d.numW, h),
		arrow:  s.text(arrowPt, fyne.TextAlignCenter, false, d.arrX, y+pt*0.06, d.arrW, h),
		room:   s.glyphs(callSlots, pt, fyne.TextAlignCenter, true, d.roomX, y, d.room, h),
	}
}

func (f *queueFace) update(s board.QueueState) {
	f.clock.set(s.Clock, colSecondary)
	f.showNote(s.Connected)
	setText(f.info, s.Info, colText)
	f.join.show(s.Join)
	f.showLatest(s)
	fg, arrow := colText, colArrow
	if !s.Connected { // the calls may be stale: dimmed under the notice
		fg, arrow = colIdle, colIdle
	}
	for i := range f.recent {
		var e board.Entry
		if i < len(s.Recent) {
			e = s.Recent[i]
		}
		f.recent[i].show(e, colStripe, fg, arrow)
	}
}

// showNote shows the connection-lost mark, black on amber, while the hub
// is not heard.
func (f *queueFace) showNote(connected bool) {
	setText(f.note, noteText(connected), colOnFlash)
	setVisible(f.banner, !connected)
}

func (f *queueFace) showLatest(s board.QueueState) {
	switch {
	case s.Latest.CallID == "":
		f.latest.show(board.Entry{CallID: textNone}, colPanel, colIdle, colArrow)
	case !s.Connected: // maybe stale: never shown as live
		f.latest.show(s.Latest, colPanel, colIdle, colIdle)
	case s.Flash:
		f.latest.show(s.Latest, colFlash, colOnFlash, colOnFlash)
	default:
		f.latest.show(s.Latest, colPanel, colText, colArrow)
	}
}

// show writes e on a panel of colour bg, in colour fg with its arrow in
// colour arrow; an empty entry hides the line, panel and all.
func (l line) show(e board.Entry, bg, fg, arrow color.Color) {
	visible := e.CallID != ""
	setVisible(l.panel, visible)
	a := textArrow
	if e.Room == "" {
		a = ""
	}
	if !visible {
		e, a = board.Entry{}, ""
	}
	setFill(l.panel, bg)
	l.number.set(e.CallID, fg)
	setText(l.arrow, a, arrow)
	l.room.set(e.Room, fg)
}
