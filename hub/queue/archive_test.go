package queue_test

import (
	"errors"
	"testing"
	"time"

	"vuoro/hub/queue"
)

// nextMorning moves the clock to 8:00 of the next day and closes the day.
func (f *fixture) nextMorning() {
	d := f.clock.Now().In(helsinki)
	f.clock.now = time.Date(d.Year(), d.Month(), d.Day()+1, 8, 0, 0, 0, helsinki)
	f.closeDay()
}

func TestClosedDaysAreForgottenButWhatTheLogShows(t *testing.T) {
	f := newFixture(t)
	must(t, f.e.SetSiteParams("admin", queue.SiteParams{NoShowAfter: 2, RetentionDays: 2}))
	first, err := f.e.Issue("kiosk:k1", queue.IssueRequest{RequestID: "m1", Service: "veroasiat", Device: "k1"})
	must(t, err)
	if _, err := f.e.AddMessage("clerk:maija", first.Ticket.ID, "asiakas palaa"); err != nil {
		t.Fatal(err)
	}

	// A retry of the request on its own day is the same ticket; after the
	// day is closed, its request id is forgotten.
	again, err := f.e.Issue("kiosk:k1", queue.IssueRequest{RequestID: "m1", Service: "veroasiat", Device: "k1"})
	if err != nil || !again.Repeat || again.Ticket.ID != first.Ticket.ID {
		t.Fatalf("a retry on the same day: %+v, %v", again, err)
	}
	f.nextMorning()
	var whole, archived, requests int
	f.e.Read(func(s *queue.State) { whole, archived, requests = queue.Kept(s) })
	if requests != 0 || whole != 1 || archived != 0 {
		t.Fatalf("after the day close: %d request ids, %d visits whole, %d archived; want 0, 1, 0", requests, whole, archived)
	}

	// Past the retention period the visit is archived: the event log still
	// tells its call id and queue, and it takes no more notes.
	f.nextMorning()
	f.nextMorning()
	f.issue("verokortit") // a day with a visit, to close
	f.nextMorning()
	f.e.Read(func(s *queue.State) {
		whole, archived, _ = queue.Kept(s)
		tk, ok := s.Ticket(first.Ticket.ID)
		if !ok || tk.CallID != "R1" || tk.Service != "veroasiat" || tk.Status != queue.Expired || len(tk.Messages) != 0 {
			t.Fatalf("the archived visit reads %+v, %v", tk, ok)
		}
	})
	if archived != 1 || whole != 1 {
		t.Fatalf("%d visits whole, %d archived; want the old one archived", whole, archived)
	}
	if _, err := f.e.AddMessage("clerk:maija", first.Ticket.ID, "myöhään"); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("a note on an archived visit: %v", err)
	}
	f.checkSnapshot("after archiving")
}
