package devsync

import (
	"encoding/json"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// changes is what happened since the last flush. Retained state (rooms,
// queues, catalog) is published by comparing with what was last sent; only
// call announcements need to be noted one by one.
type changes struct {
	calls   []wire.Call
	display bool
}

func (c *changes) note(ev event.Event, st *queue.State) {
	if ev.Kind == queue.KindDayClosed { // the closed day's calls leave the displays
		c.display = true
		return
	}
	if ev.Kind != queue.KindTicketCalled && ev.Kind != queue.KindTicketRecalled {
		return
	}
	var ref queue.TicketRef // both payloads name the ticket first
	if json.Unmarshal(ev.Payload, &ref) != nil {
		return
	}
	t, _ := st.Ticket(ref.Ticket)
	c.calls = append(c.calls, wire.Call{CallEntry: wire.CallEntry{Seq: ev.Seq, CallID: t.CallID, Room: t.Room, At: ev.Time, Visit: t.ID},
		Recall: ev.Kind == queue.KindTicketRecalled})
	c.display = true
}
