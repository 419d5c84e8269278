package devsync

import (
	"time"

	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

func catalog(st *queue.State, now time.Time, publicURL string) *wire.Catalog {
	c := &wire.Catalog{Header: wire.NewHeader(now), Site: wire.Site{ID: st.Site.ID, Name: st.Site.Name,
		WaitingRoom: st.Site.WaitingRoom, Wayfinding: st.Site.Wayfinding, TimeZone: st.Site.TimeZone,
		NumberOnlyCheckin: st.Site.NumberOnlyCheckin, PublicURL: publicURL}}
	if len(st.Site.WaitingRooms) > 0 { // the first is the one printed on tickets
		c.Site.WaitingRooms = st.Site.WaitingRooms[0].Names
	}
	for _, a := range st.Agencies {
		ag := wire.Agency{ID: a.ID, Names: a.Names}
		for _, sv := range st.ServicesOf([]string{a.ID}) {
			av := st.ServiceState(sv.ID, now)
			ag.Services = append(ag.Services, wire.Service{ID: sv.ID, Letter: sv.Letter, Names: sv.Names,
				Open: st.OpenNow(sv.ID, now), State: av.State, OpensAt: av.OpensAt})
		}
		c.Agencies = append(c.Agencies, ag)
	}
	return c
}

// ticket is what a kiosk prints of an issued ticket.
func ticket(got queue.Issued) *wire.Ticket {
	t := &wire.Ticket{CallID: got.Ticket.CallID, Service: got.Ticket.Service, Ahead: got.Ahead, Issued: got.Ticket.Issued}
	if est := got.Ticket.Estimate; est.Known() {
		t.Estimate = &wire.Estimate{Low: est.Low, High: est.High}
	}
	if got.FollowToken != "" {
		t.Follow = wire.FollowPrefix + got.FollowToken
	}
	return t
}

func displaySnapshot(st *queue.State, log string, now time.Time) *wire.DisplaySnapshot {
	return snapshotOf(st, st.RecentCalls(), log, now)
}

func snapshotOf(st *queue.State, calls []queue.Call, log string, now time.Time) *wire.DisplaySnapshot {
	d := &wire.DisplaySnapshot{Header: wire.NewHeader(now), Seq: st.Seq, Calls: []wire.CallEntry{}, Log: log}
	for _, c := range calls {
		d.Calls = append(d.Calls, wire.CallEntry{Seq: c.Seq, CallID: c.CallID, Room: c.Room, At: c.At, Visit: c.Ticket})
	}
	return d
}

// roomState is what room's counter display shows: the visit called or
// served there, else whether its clerk is there, on a break, or nobody.
func roomState(st *queue.State, room, log string, now time.Time) *wire.RoomState {
	r := &wire.RoomState{Header: wire.NewHeader(now), Seq: st.Seq, Room: room, Status: wire.RoomClosed, Since: now.UTC(), Log: log}
	if t, ok := st.RoomVisit(room); ok {
		r.Status, r.CallID, r.Since, r.Visit, r.Recalls = wire.RoomCalled, t.CallID, t.Called, t.ID, t.Recalls
		if t.Status == queue.Serving {
			r.Status, r.Since = wire.RoomServing, t.Started
		}
		return r
	}
	if se, ok := st.RoomSession(room); ok {
		r.Status, r.Since = wire.RoomOpen, se.Since
		if se.Paused {
			r.Status = wire.RoomPaused
		}
	}
	return r
}
