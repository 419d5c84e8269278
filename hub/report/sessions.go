package report

import (
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

// A clerk's idle time is counted only while they have a room open, are
// not on a break and serve no visit: from the room's opening, a break's
// end or a visit's end, until their next call, a break or the room's
// close. It is credited to the queue of the call that ends it, otherwise
// (a break, a close) to the queue of the clerk's last visit; a clerk with
// no visit yet owes it to the queue of their next call. Breaks are counted
// the same way, at their end, to the queue of the last visit (or the next
// call). Only the clerk's own close (closed, moved to another room,
// logged out) ends counted time: a room left open until the day's close,
// taken over or removed counts nothing after the clerk's last action,
// since the clerk had gone.

// desk is what folding remembers of one clerk's room session.
type desk struct {
	Room   string    `json:"room,omitempty"` // the room open; "" none
	Paused bool      `json:"paused,omitempty"`
	Busy   bool      `json:"busy,omitempty"` // a visit called and not yet ended
	Since  time.Time `json:"since,omitzero"` // the idle time's or the break's start
	Last   string    `json:"last,omitempty"` // the queue of the clerk's last visit
	Owed   []owed    `json:"owed,omitempty"` // counted before the clerk's first visit
}

// owed is idle and break time of one day not yet credited to a queue.
type owed struct {
	Date   string `json:"date"`
	Idle   int64  `json:"idle"`
	Breaks int    `json:"breaks"`
	Break  int64  `json:"break"`
}

// idling reports whether the desk's time is idle now.
func (d *desk) idling() bool { return d.Room != "" && !d.Paused && !d.Busy }

func (f *Folder) desk(clerk string) *desk {
	d := f.Desks[clerk]
	if d == nil {
		d = &desk{}
		f.Desks[clerk] = d
	}
	return d
}

func (f *Folder) foldRoom(ev event.Event, p queue.Payload) {
	switch v := p.(type) {
	case queue.RoomOpened:
		d := f.desk(v.Clerk)
		d.Room, d.Paused, d.Since = v.Room, false, ev.Time
	case queue.RoomPaused:
		f.paused(ev, v)
	case queue.RoomClosed:
		f.roomClosed(ev, v)
	}
}

func (f *Folder) paused(ev event.Event, v queue.RoomPaused) {
	d := f.Desks[v.Clerk]
	if d == nil || d.Room != v.Room || d.Paused == v.Paused {
		return
	}
	if v.Paused {
		f.credit(ev.Time, v.Clerk, d, d.Last, !d.Busy, false)
	} else {
		f.credit(ev.Time, v.Clerk, d, d.Last, false, true)
	}
	d.Paused, d.Since = v.Paused, ev.Time
}

func (f *Folder) roomClosed(ev event.Event, v queue.RoomClosed) {
	d := f.Desks[v.Clerk]
	if d == nil || d.Room != v.Room {
		return
	}
	switch v.Reason {
	case queue.RoomLeft, queue.RoomMoved, queue.RoomLogout:
		f.credit(ev.Time, v.Clerk, d, d.Last, d.idling(), d.Paused)
	}
	d.Room, d.Paused = "", false
}

// busy marks clerk called to a visit of svc at now, ending their idle time.
func (f *Folder) busy(now time.Time, clerk, svc string) {
	d := f.desk(clerk)
	f.credit(now, clerk, d, svc, d.idling(), false)
	for _, o := range d.Owed {
		f.dayCell(o.Date, svc, clerk).add(o)
	}
	d.Owed, d.Busy, d.Last = nil, true, svc
}

// free marks clerk's visit ended at now: idle again if at an open room.
func (f *Folder) free(now time.Time, clerk string) {
	if d := f.Desks[clerk]; d != nil && d.Busy {
		d.Busy, d.Since = false, now
	}
}

// credit counts the desk's time since Since as idle or as a break, to
// queue svc (none yet: owed).
func (f *Folder) credit(now time.Time, clerk string, d *desk, svc string, idle, brk bool) {
	if !idle && !brk {
		return
	}
	date, _, _ := f.local(now)
	o := owed{Date: date}
	if idle {
		o.Idle = seconds(now.Sub(d.Since))
	} else {
		o.Breaks, o.Break = 1, seconds(now.Sub(d.Since))
	}
	if svc == "" {
		d.Owed = append(d.Owed, o)
		return
	}
	f.dayCell(date, svc, clerk).add(o)
}

func (c *Cell) add(o owed) {
	c.Idle += o.Idle
	c.Breaks += o.Breaks
	c.BreakTime += o.Break
}
