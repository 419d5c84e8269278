package queue_test

import (
	"errors"
	"strconv"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

func (f *fixture) help(c queue.HelpCall) queue.Help {
	f.t.Helper()
	h, err := f.e.RecordHelp(c)
	must(f.t, err)
	return h
}

// helpStatus is the request's status as kiosk k1 is told it, and whether
// the console lists it as open.
func (f *fixture) helpStatus(id uint64) (queue.HelpStatus, bool) {
	var st queue.HelpStatus
	var open bool
	f.e.Read(func(s *queue.State) {
		if h := s.KioskHelp()["k1"]; h.ID == id {
			st = h.Status
		}
		for _, h := range s.OpenHelp() {
			open = open || h.ID == id
		}
	})
	return st, open
}

func TestHelpRequestedTakenClosedSurvivesRestart(t *testing.T) {
	f := newFixture(t)
	h := f.help(queue.HelpCall{RequestID: "m1", Device: "k1", Screen: "service", Lang: "sv"})
	if h.Status != queue.HelpStatusOpen || h.Device != "k1" {
		t.Fatalf("recorded %+v", h)
	}
	again := f.help(queue.HelpCall{RequestID: "m1", Device: "k1", Screen: "service", Lang: "sv"})
	if again.ID != h.ID {
		t.Fatalf("a repeat of the same message made request %d beside %d", again.ID, h.ID)
	}
	f.clock.Advance(40 * 24 * time.Hour) // however old the log is
	f.reopen()
	if st, open := f.helpStatus(h.ID); st != queue.HelpStatusOpen || !open {
		t.Fatalf("after restart: %s open=%v, want open", st, open)
	}
	taken, err := f.e.AckHelp("clerk:aino", h.ID)
	must(t, err)
	if taken.Status != queue.HelpStatusTaken || taken.TakenBy != "clerk:aino" {
		t.Fatalf("acknowledged: %+v", taken)
	}
	if _, err := f.e.AckHelp("clerk:eino", h.ID); !errors.Is(err, queue.ErrTransition) {
		t.Fatalf("second acknowledgement: %v, want ErrTransition", err)
	}
	f.reopen()
	if st, open := f.helpStatus(h.ID); st != queue.HelpStatusTaken || !open {
		t.Fatalf("after restart: %s open=%v, want taken", st, open)
	}
	_, err = f.e.CloseHelp("clerk:aino", h.ID)
	must(t, err)
	if _, err := f.e.CloseHelp("clerk:aino", h.ID); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("closing twice: %v, want ErrNotFound", err)
	}
	f.reopen()
	if st, open := f.helpStatus(h.ID); st != queue.HelpStatusClosed || open {
		t.Fatalf("after restart: %s open=%v, want closed", st, open)
	}
}

func TestCloseOpenHelpAndUnknownRequests(t *testing.T) {
	f := newFixture(t)
	h := f.help(queue.HelpCall{RequestID: "m1", Device: "k1"})
	issued := f.issue("veroasiat")
	for _, id := range []uint64{0, issued.Ticket.ID, 1e9} {
		if _, err := f.e.AckHelp("clerk:aino", id); !errors.Is(err, queue.ErrNotFound) {
			t.Errorf("ack %d: %v, want ErrNotFound", id, err)
		}
		if _, err := f.e.CloseHelp("clerk:aino", id); !errors.Is(err, queue.ErrNotFound) {
			t.Errorf("close %d: %v, want ErrNotFound", id, err)
		}
	}
	_, err := f.e.CloseHelp("clerk:aino", h.ID) // straight from open
	must(t, err)
	if st, open := f.helpStatus(h.ID); st != queue.HelpStatusClosed || open {
		t.Fatalf("%s open=%v, want closed", st, open)
	}
}

// TestHelpClosesWhenItsVisitEnds: a help request made right after a
// ticket was issued at the same kiosk is about that visit, and closes
// when the visit ends however it ends.
func TestHelpClosesWhenItsVisitEnds(t *testing.T) {
	ends := map[string]func(f *fixture, id uint64) error{
		"ended": func(f *fixture, id uint64) error {
			_, err := f.e.CallTicket("maija", id, "5")
			if err == nil {
				_, err = f.e.End("clerk:maija", id)
			}
			return err
		},
		"deleted": func(f *fixture, id uint64) error { _, err := f.e.Delete("advisor:aino", id, "twice"); return err },
		"no-show": func(f *fixture, id uint64) error {
			_, err := f.e.CallTicket("maija", id, "5")
			for range 2 {
				if err == nil {
					_, err = f.e.Recall("maija", id)
				}
			}
			if err == nil {
				_, err = f.e.NoShow("maija", id)
			}
			return err
		},
	}
	for name, end := range ends {
		t.Run(name, func(t *testing.T) {
			f := newFixture(t)
			is, err := f.e.Issue("kiosk:k1", queue.IssueRequest{RequestID: "t1", Service: "veroasiat", Device: "k1"})
			must(t, err)
			h := f.help(queue.HelpCall{RequestID: "m1", Device: "k1", TicketRequest: "t1"})
			if h.Ticket != is.Ticket.ID {
				t.Fatalf("help about visit %d, want %d", h.Ticket, is.Ticket.ID)
			}
			must(t, end(f, is.Ticket.ID))
			if st, open := f.helpStatus(h.ID); st != queue.HelpStatusClosed || open {
				t.Fatalf("%s open=%v after the visit was %s, want closed", st, open, name)
			}
			f.reopen()
			if st, open := f.helpStatus(h.ID); st != queue.HelpStatusClosed || open {
				t.Fatalf("after restart: %s open=%v, want closed", st, open)
			}
		})
	}
}

func TestHelpIsNotAboutAnotherKiosksVisit(t *testing.T) {
	f := newFixture(t)
	is, err := f.e.Issue("kiosk:k2", queue.IssueRequest{RequestID: "t1", Service: "veroasiat", Device: "k2"})
	must(t, err)
	h := f.help(queue.HelpCall{RequestID: "m1", Device: "k1", TicketRequest: "t1"})
	if h.Ticket != 0 {
		t.Fatalf("help at k1 tied to k2's visit %d", h.Ticket)
	}
	_, err = f.e.Delete("advisor:aino", is.Ticket.ID, "twice")
	must(t, err)
	if _, open := f.helpStatus(h.ID); !open {
		t.Fatal("help closed by another kiosk's visit")
	}
}

// TestHelpFromAnOlderLogEndsAtItsAcknowledgement: before the engine kept
// requests, an acknowledgement was the end of a request; replaying such a
// log must not bring those requests back as taken forever.
func TestHelpFromAnOlderLogEndsAtItsAcknowledgement(t *testing.T) {
	f := newFixture(t)
	old := []event.Event{
		{Time: f.clock.Now(), Actor: "kiosk:k1", Kind: queue.KindHelpRequested, Payload: []byte(`{"device":"k1","screen":"start","lang":"fi"}`)},
		{Time: f.clock.Now(), Actor: "kiosk:k1", Kind: queue.KindHelpRequested, Payload: []byte(`{"device":"k1","screen":"start","lang":"fi"}`)},
	}
	var seqs []uint64
	for _, ev := range old {
		seq, err := f.st.Append(ev)
		must(t, err)
		seqs = append(seqs, seq)
	}
	_, err := f.st.Append(event.Event{Time: f.clock.Now(), Actor: "clerk:aino", Kind: queue.KindHelpAcked,
		Payload: []byte(`{"help":` + strconv.FormatUint(seqs[0], 10) + `}`)})
	must(t, err)
	f.reopen()
	var open []uint64
	f.e.Read(func(s *queue.State) {
		for _, h := range s.OpenHelp() {
			open = append(open, h.ID)
		}
	})
	if len(open) != 1 || open[0] != seqs[1] {
		t.Fatalf("open requests %v, want only the unacknowledged %d", open, seqs[1])
	}
}
