package queue_test

import (
	"errors"
	"testing"
	"time"

	"vuoro/hub/queue"
)

// called issues a ticket and has maija call it to room 5.
func (f *fixture) called() queue.Ticket {
	f.t.Helper()
	f.issue("veroasiat")
	t, err := f.e.CallNext("maija", []string{"veroasiat"}, "5")
	must(f.t, err)
	return t
}

func (f *fixture) status(id uint64) queue.Status {
	var st queue.Status
	f.e.Read(func(s *queue.State) { t, _ := s.Ticket(id); st = t.Status })
	return st
}

func TestTransitions(t *testing.T) {
	type step func(f *fixture, id uint64) (queue.Ticket, error)
	var (
		recall   step = func(f *fixture, id uint64) (queue.Ticket, error) { return f.e.Recall("clerk:maija", id) }
		start    step = func(f *fixture, id uint64) (queue.Ticket, error) { return f.e.Start("clerk:maija", id) }
		end      step = func(f *fixture, id uint64) (queue.Ticket, error) { return f.e.End("clerk:maija", id) }
		noShow   step = func(f *fixture, id uint64) (queue.Ticket, error) { return f.e.NoShow("clerk:maija", id) }
		back     step = func(f *fixture, id uint64) (queue.Ticket, error) { return f.e.Return("clerk:maija", id, true) }
		hold     step = func(f *fixture, id uint64) (queue.Ticket, error) { return f.e.Hold("clerk:maija", id) }
		resume   step = func(f *fixture, id uint64) (queue.Ticket, error) { return f.e.Resume("clerk:maija", id) }
		transfer step = func(f *fixture, id uint64) (queue.Ticket, error) {
			return f.e.Transfer("advisor:aino", id, "verokortit", queue.End)
		}
		del step = func(f *fixture, id uint64) (queue.Ticket, error) { return f.e.Delete("advisor:aino", id, "duplicate") }
	)
	// start: how the ticket gets to its state; then one step and its outcome.
	tests := []struct {
		name   string
		called bool
		before []step
		do     step
		want   queue.Status
		err    error
	}{
		{"recall a called ticket", true, nil, recall, queue.Called, nil},
		{"start service", true, nil, start, queue.Serving, nil},
		{"end after start", true, []step{start}, end, queue.Ended, nil},
		{"end straight from called", true, nil, end, queue.Ended, nil},
		{"no-show after two recalls", true, []step{recall, recall}, noShow, queue.NoShow, nil},
		{"no-show too early", true, []step{recall}, noShow, queue.Called, queue.ErrTransition},
		{"return to waiting", true, nil, back, queue.Waiting, nil},
		{"return from service", true, []step{start}, back, queue.Waiting, nil},
		{"hold a called ticket", true, nil, hold, queue.Held, nil},
		{"hold a waiting ticket", false, nil, hold, queue.Held, nil},
		{"resume a held ticket", false, []step{hold}, resume, queue.Waiting, nil},
		{"transfer a waiting ticket", false, nil, transfer, queue.Waiting, nil},
		{"transfer a ticket in service", true, []step{start}, transfer, queue.Waiting, nil},
		{"delete a waiting ticket", false, nil, del, queue.Deleted, nil},
		{"delete a held ticket", false, []step{hold}, del, queue.Deleted, nil},
		// rejected
		{"recall a waiting ticket", false, nil, recall, queue.Waiting, queue.ErrTransition},
		{"start a waiting ticket", false, nil, start, queue.Waiting, queue.ErrTransition},
		{"start twice", true, []step{start}, start, queue.Serving, queue.ErrTransition},
		{"end a waiting ticket", false, nil, end, queue.Waiting, queue.ErrTransition},
		{"end twice", true, []step{end}, end, queue.Ended, queue.ErrTransition},
		{"resume a waiting ticket", false, nil, resume, queue.Waiting, queue.ErrTransition},
		{"delete a called ticket", true, nil, del, queue.Called, queue.ErrTransition},
		{"transfer an ended visit", true, []step{end}, transfer, queue.Ended, queue.ErrTransition},
		{"return a deleted ticket", false, []step{del}, back, queue.Deleted, queue.ErrTransition},
		{"hold a no-show", true, []step{recall, recall, noShow}, hold, queue.NoShow, queue.ErrTransition},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			var id uint64
			if tt.called {
				id = f.called().ID
			} else {
				id = f.issue("veroasiat").Ticket.ID
			}
			for _, s := range tt.before {
				_, err := s(f, id)
				must(t, err)
			}
			_, err := tt.do(f, id)
			if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
				t.Fatalf("error %v, want %v", err, tt.err)
			}
			if got := f.status(id); got != tt.want {
				t.Fatalf("status %s, want %s", got, tt.want)
			}
		})
	}
}

func TestLeavingServiceFreesClerkAndRoom(t *testing.T) {
	for name, leave := range map[string]func(f *fixture, id uint64) error{
		"hold":   func(f *fixture, id uint64) error { _, err := f.e.Hold("c", id); return err },
		"return": func(f *fixture, id uint64) error { _, err := f.e.Return("c", id, false); return err },
		"transfer": func(f *fixture, id uint64) error {
			_, err := f.e.Transfer("c", id, "verokortit", queue.Front)
			return err
		},
		"end": func(f *fixture, id uint64) error { _, err := f.e.End("c", id); return err },
	} {
		t.Run(name, func(t *testing.T) {
			f := newFixture(t)
			must(t, leave(f, f.called().ID))
			f.issue("veroasiat")
			if _, err := f.e.CallNext("maija", []string{"veroasiat", "verokortit"}, "5"); err != nil {
				t.Fatalf("after %s the clerk cannot call again: %v", name, err)
			}
		})
	}
}

func TestReturnKeepsPlaceOrGoesToEnd(t *testing.T) {
	for _, keep := range []bool{true, false} {
		f := newFixture(t)
		first := f.called()
		f.issue("veroasiat") // R2
		f.clock.Advance(time.Minute)
		_, err := f.e.Return("clerk:maija", first.ID, keep)
		must(t, err)
		next, err := f.e.CallNext("maija", []string{"veroasiat"}, "5")
		must(t, err)
		if want := map[bool]string{true: "R1", false: "R2"}[keep]; next.CallID != want {
			t.Errorf("keep place %v: next called %s, want %s", keep, next.CallID, want)
		}
	}
}

func TestTransferKeepsNumberAndPosition(t *testing.T) {
	tests := []struct {
		pos  queue.Position
		want []string
	}{
		{queue.Front, []string{"R1", "T1", "T2"}},
		{queue.End, []string{"T1", "T2", "R1"}},
		{queue.Original, []string{"R1", "T1", "T2"}}, // R1 checked in before T1
	}
	for _, tt := range tests {
		f := newFixture(t)
		r1 := f.issue("veroasiat").Ticket
		f.issue("verokortit")
		f.issue("verokortit")
		f.clock.Advance(time.Minute)
		moved, err := f.e.Transfer("advisor:aino", r1.ID, "verokortit", tt.pos)
		must(t, err)
		if moved.CallID != "R1" || moved.Service != "verokortit" || len(moved.Services) != 2 {
			t.Fatalf("%s: moved ticket %+v", tt.pos, moved)
		}
		f.e.Read(func(s *queue.State) {
			var got []string
			for _, w := range s.Waiting("verokortit") {
				got = append(got, w.CallID)
			}
			if len(got) != 3 || got[0] != tt.want[0] || got[1] != tt.want[1] || got[2] != tt.want[2] {
				t.Errorf("%s: order %v, want %v", tt.pos, got, tt.want)
			}
		})
	}
	f := newFixture(t)
	id := f.issue("veroasiat").Ticket.ID
	if _, err := f.e.Transfer("a", id, "veroasiat", queue.End); !errors.Is(err, queue.ErrInvalid) {
		t.Errorf("transfer to its own queue: %v", err)
	}
	if _, err := f.e.Transfer("a", id, "nope", queue.End); !errors.Is(err, queue.ErrNotFound) {
		t.Errorf("transfer to an unknown queue: %v", err)
	}
}

func TestDeleteNeedsReason(t *testing.T) {
	f := newFixture(t)
	id := f.issue("veroasiat").Ticket.ID
	if _, err := f.e.Delete("a", id, "  "); !errors.Is(err, queue.ErrInvalid) {
		t.Fatalf("delete without reason: %v", err)
	}
	d, err := f.e.Delete("a", id, "registered twice")
	must(t, err)
	if d.Note != "registered twice" {
		t.Fatalf("reason not kept: %+v", d)
	}
}

func TestPersonsPriorityAndMessages(t *testing.T) {
	f := newFixture(t)
	id := f.issue("veroasiat").Ticket.ID
	if _, err := f.e.SetPersons("a", id, 0); !errors.Is(err, queue.ErrInvalid) {
		t.Errorf("0 persons accepted: %v", err)
	}
	p, err := f.e.SetPersons("a", id, 3)
	must(t, err)
	m, err := f.e.AddMessage("advisor:aino", id, "Asiakas tarvitsee tulkin")
	must(t, err)
	if p.Persons != 3 || len(m.Messages) != 1 || m.Messages[0].From != "advisor:aino" {
		t.Fatalf("persons %d messages %+v", p.Persons, m.Messages)
	}
	if _, err := f.e.AddMessage("a", id, ""); !errors.Is(err, queue.ErrInvalid) {
		t.Errorf("empty message accepted: %v", err)
	}
	f.reopen()
	f.e.Read(func(s *queue.State) {
		tk, _ := s.Ticket(id)
		if tk.Persons != 3 || len(tk.Messages) != 1 || tk.Messages[0].Text != "Asiakas tarvitsee tulkin" {
			t.Fatalf("after restart %+v", tk)
		}
	})
}

func TestRecallMovesCallToTopOfDisplay(t *testing.T) {
	f := newFixture(t)
	a := f.called()
	f.issue("veroasiat")
	_, err := f.e.CallNext("pekka", []string{"veroasiat"}, "6")
	must(t, err)
	_, err = f.e.Recall("clerk:maija", a.ID)
	must(t, err)
	f.e.Read(func(s *queue.State) {
		r := s.RecentCalls()
		if len(r) != 2 || r[0].CallID != "R1" || r[1].CallID != "R2" {
			t.Fatalf("recent calls %+v, want R1 (recalled) on top of R2", r)
		}
	})
}

func TestPausedQueueTakesNoCheckInsAndNoCalls(t *testing.T) {
	f := newFixture(t)
	f.issue("veroasiat")
	must(t, f.e.Pause("admin:juha", "veroasiat", true))
	if _, err := f.e.Issue("k", queue.IssueRequest{Service: "veroasiat"}); !errors.Is(err, queue.ErrPaused) {
		t.Fatalf("check-in to a paused queue: %v", err)
	}
	if _, err := f.e.CallNext("maija", []string{"veroasiat"}, "5"); !errors.Is(err, queue.ErrEmpty) {
		t.Fatalf("call from a paused queue: %v", err)
	}
	must(t, f.e.Pause("admin:juha", "veroasiat", false))
	if _, err := f.e.CallNext("maija", []string{"veroasiat"}, "5"); err != nil {
		t.Fatalf("after resuming: %v", err)
	}
}

func TestOpeningHoursAndDailyCap(t *testing.T) {
	f := newFixture(t) // Monday 23.11.2026 08:00 Helsinki
	var h queue.Hours
	for d := time.Monday; d <= time.Friday; d++ {
		h.Weekly[d] = []queue.Span{{Open: "08:00", Close: "16:15"}}
	}
	h.Exceptions = map[string][]queue.Span{"2026-12-24": nil}
	must(t, f.e.Configure("admin:juha", "veroasiat", queue.Settings{DailyCap: 2, Hours: h}))
	f.issue("veroasiat")
	f.issue("veroasiat")
	if _, err := f.e.Issue("k", queue.IssueRequest{Service: "veroasiat"}); !errors.Is(err, queue.ErrFull) {
		t.Fatalf("third ticket over a cap of 2: %v", err)
	}
	f.clock.now = time.Date(2026, 11, 23, 16, 15, 0, 0, helsinki)
	if _, err := f.e.Issue("k", queue.IssueRequest{Service: "veroasiat"}); !errors.Is(err, queue.ErrClosed) {
		t.Fatalf("check-in at closing time: %v", err)
	}
	f.clock.now = time.Date(2026, 12, 24, 10, 0, 0, 0, helsinki) // a Thursday, closed by exception
	if _, err := f.e.Issue("k", queue.IssueRequest{Service: "veroasiat"}); !errors.Is(err, queue.ErrClosed) {
		t.Fatalf("check-in on Christmas Eve: %v", err)
	}
	f.clock.now = time.Date(2026, 11, 24, 8, 0, 0, 0, helsinki)
	if got, err := f.e.Issue("k", queue.IssueRequest{Service: "veroasiat"}); err != nil || got.Ticket.CallID != "R1" {
		t.Fatalf("next morning: %+v %v; the day's sequence starts again at R1", got.Ticket, err)
	}
	bad := queue.Settings{Hours: queue.Hours{Exceptions: map[string][]queue.Span{"2026-12-24": {{Open: "16:00", Close: "08:00"}}}}}
	if err := f.e.Configure("a", "veroasiat", bad); !errors.Is(err, queue.ErrInvalid) {
		t.Fatalf("closing before opening accepted: %v", err)
	}
}

func TestVisitsAreTheDaysNonWaitingTicketsOfAService(t *testing.T) {
	f := newFixture(t)
	first := f.called() // R1, called
	f.e.End("clerk:maija", first.ID)
	f.issue("veroasiat")  // R2, waiting: not a visit yet
	f.issue("verokortit") // T1, another service
	f.clock.Advance(24 * time.Hour)
	f.called() // issues the next day's R1, but calls the older R2 of the day before
	f.e.Read(func(s *queue.State) {
		day1 := s.Visits("veroasiat", "2026-11-23")
		day2 := s.Visits("veroasiat", "2026-11-24")
		if len(day1) != 2 || day1[0].ID != first.ID || day1[1].CallID != "R2" || day1[1].Status != queue.Called {
			t.Errorf("23.11 visits %+v: want R1 ended and R2 called the next morning", day1)
		}
		if len(day2) != 0 {
			t.Errorf("24.11 visits %+v: that day's ticket is still waiting", day2)
		}
	})
}
