package devsync

import (
	"encoding/json"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// changes is what must be published since the last flush.
type changes struct {
	all     bool // everything (at start)
	catalog bool
	display bool
	calls   []wire.CallEntry
	rooms   map[string]bool
	queues  map[string]bool
}

func newChanges() changes {
	return changes{rooms: map[string]bool{}, queues: map[string]bool{}}
}

func (c *changes) note(ev event.Event, st *queue.State) {
	switch ev.Kind {
	case queue.KindSiteSet, queue.KindAgencyAdded, queue.KindServiceAdded:
		c.catalog = true
	case queue.KindRoomAdded:
		var r queue.Room
		if json.Unmarshal(ev.Payload, &r) == nil {
			c.rooms[r.ID] = true
		}
	case queue.KindTicketIssued:
		var v queue.TicketIssued
		if json.Unmarshal(ev.Payload, &v) == nil {
			c.queues[v.Service] = true
		}
	case queue.KindTicketCalled:
		c.called(ev, st)
	case queue.KindVisitEnded:
		var v queue.VisitEnded
		if json.Unmarshal(ev.Payload, &v) == nil {
			t, _ := st.Ticket(v.Ticket)
			c.rooms[t.Room] = true
		}
	}
}

func (c *changes) called(ev event.Event, st *queue.State) {
	var v queue.TicketCalled
	if json.Unmarshal(ev.Payload, &v) != nil {
		return
	}
	t, _ := st.Ticket(v.Ticket)
	c.calls = append(c.calls, wire.CallEntry{Seq: ev.Seq, CallID: t.CallID, Room: v.Room, At: ev.Time})
	c.display = true
	c.rooms[v.Room] = true
	c.queues[t.Service] = true
}
