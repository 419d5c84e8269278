package devsync

import (
	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// changes is what happened since the last flush. Retained state (rooms,
// queues, catalog) is published by comparing with what was last sent; only
// call announcements need to be noted one by one.
type changes struct {
	republish bool // send every retained state again
	calls     []wire.Call
	display   bool
	topUp     bool // kiosks or their blocks changed: grant the blocks due
}

// note notes an event the engine committed, by its decoded payload.
func (c *changes) note(ev event.Event, p queue.Payload, st *queue.State) {
	switch p := p.(type) {
	case queue.DayClosed: // the closed day's calls leave the displays, and the blocks end
		c.display, c.topUp = true, true
	case queue.SiteSet, queue.RoomAdded, queue.RoomUpdated, queue.RoomRemoved: // waiting areas and their rooms
		c.display = true
	case queue.DeviceActivated, queue.ServicePaused, queue.ServiceSettings, queue.ServiceAdded:
		c.topUp = true
	case queue.TicketCalled:
		c.call(ev, st, p.Ticket, p.Room, false)
	case queue.TicketRecalled:
		t, _ := st.Ticket(p.Ticket)
		c.call(ev, st, p.Ticket, t.Room, true)
	}
}

// call notes a call of a visit to room to announce, and the displays to
// update. The state may be ahead of ev (events decided since, not yet
// durable), so the room of a call is the event's own.
func (c *changes) call(ev event.Event, st *queue.State, visit uint64, room string, recall bool) {
	t, _ := st.Ticket(visit)
	c.calls = append(c.calls, wire.Call{CallEntry: wire.CallEntry{Seq: ev.Seq, CallID: t.CallID, Room: room, At: ev.Time, Visit: t.ID},
		Recall: recall})
	c.display = true
}
