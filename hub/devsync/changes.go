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
}

// note notes an event the engine committed, by its decoded payload.
func (c *changes) note(ev event.Event, p queue.Payload, st *queue.State) {
	switch p := p.(type) {
	case queue.DayClosed: // the closed day's calls leave the displays
		c.display = true
	case queue.TicketCalled:
		c.call(ev, st, p.Ticket, false)
	case queue.TicketRecalled:
		c.call(ev, st, p.Ticket, true)
	}
}

// call notes a call of a visit to announce, and the displays to update.
func (c *changes) call(ev event.Event, st *queue.State, visit uint64, recall bool) {
	t, _ := st.Ticket(visit)
	c.calls = append(c.calls, wire.Call{CallEntry: wire.CallEntry{Seq: ev.Seq, CallID: t.CallID, Room: t.Room, At: ev.Time, Visit: t.ID},
		Recall: recall})
	c.display = true
}
