package report_test

import (
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/hub/report"
)

// The edges of idle time: counted before a clerk's first visit is owed
// to the queue of their first call; a room left open until the day's
// close, or taken over, counts nothing after the clerk's last action; a
// logout counts the idle time until it, to the queue of the last visit.
func TestIdleAtTheEdgesOfASession(t *testing.T) {
	days := map[string]*report.Day{}
	f := report.NewFolder(report.Carry{}, days)
	day := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	var seq uint64
	at := func(min int, p queue.Payload) uint64 {
		seq++
		f.Fold(event.Event{Seq: seq, Time: day.Add(time.Duration(min) * time.Minute), Kind: p.Kind()}, p)
		return seq
	}
	at(0, queue.ServiceAdded{Service: queue.Service{ID: "veroasiat", Agency: "vero"}})
	at(0, queue.RoomOpened{Room: "1", Clerk: "maija"})
	at(5, queue.RoomPaused{Room: "1", Clerk: "maija", Paused: true})   // idle 5 min, owed
	at(15, queue.RoomPaused{Room: "1", Clerk: "maija", Paused: false}) // a break of 10, owed
	id := at(16, queue.TicketIssued{Service: "veroasiat"})
	at(20, queue.TicketCalled{Ticket: id, Room: "1", Clerk: "maija"}) // idle 5 more
	at(30, queue.VisitEnded{TicketRef: queue.TicketRef{Ticket: id}})
	at(40, queue.RoomClosed{Room: "1", Clerk: "maija", Reason: queue.RoomDayClosed}) // not counted
	day = day.AddDate(0, 0, 1)
	at(0, queue.RoomOpened{Room: "1", Clerk: "maija"})
	at(10, queue.RoomClosed{Room: "1", Clerk: "maija", Reason: queue.RoomTakenOver, By: "pekka"}) // not counted
	at(60, queue.RoomOpened{Room: "2", Clerk: "maija"})
	at(90, queue.RoomClosed{Room: "2", Clerk: "maija", Reason: queue.RoomLogout}) // idle 30 min
	var list []*report.Day
	for _, d := range days {
		list = append(list, d)
	}
	r := report.Compute(list, report.Filter{From: "2026-03-01", To: "2026-03-31", Scope: []string{"vero"}})
	want := report.ClerkRow{Clerk: "maija", Idle: (10 + 30) * 60, Breaks: 1, Break: 10 * 60}
	if len(r.Clerks) != 1 || r.Clerks[0].Idle != want.Idle || r.Clerks[0].Breaks != want.Breaks || r.Clerks[0].Break != want.Break {
		t.Errorf("clerks %+v, want %+v", r.Clerks, want)
	}
}
