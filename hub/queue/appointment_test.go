package queue_test

import (
	"errors"
	"testing"
	"time"

	"vuoro/hub/queue"
)

// window sets veroasiat's check-in window: early and late in minutes.
func (f *fixture) window(early, late int, policy queue.LatePolicy) {
	f.t.Helper()
	w := queue.Window{Early: time.Duration(early) * time.Minute, Late: time.Duration(late) * time.Minute, Policy: policy}
	must(f.t, f.e.ConfigureService("system", "veroasiat", queue.Settings{CheckIn: w}, nil))
}

// bookAt books veroasiat at local h:m of the fixture's day.
func (f *fixture) bookAt(h, m int) queue.Appointment {
	f.t.Helper()
	at := time.Date(2026, 11, 23, h, m, 0, 0, helsinki)
	a, err := f.e.BookAppointment("clerk:neuvoja", queue.AppointmentBooking{Service: "veroasiat", At: at, Minutes: 30,
		Person: queue.Person{Name: "Matti Meikäläinen"}})
	must(f.t, err)
	return a
}

// at sets the clock to local h:m of the fixture's day.
func (f *fixture) at(h, m int) { f.clock.now = time.Date(2026, 11, 23, h, m, 0, 0, helsinki) }

func TestCheckInAppointmentKeepsToTheWindow(t *testing.T) {
	tests := []struct {
		name       string
		policy     queue.LatePolicy
		h, m       int // when the citizen comes; the appointment is at 10:00, window 20 min before, 10 after
		want       error
		walkIn     bool
		comeBackAt string
	}{
		{"too early", queue.LateRefuse, 9, 39, queue.ErrTooEarly, false, "09:40"},
		{"window opens", queue.LateRefuse, 9, 40, nil, false, ""},
		{"after the time, in the window", queue.LateRefuse, 10, 10, nil, false, ""},
		{"late, refused", queue.LateRefuse, 10, 11, queue.ErrTooLate, false, ""},
		{"late, to the walk-in queue", queue.LateWalkIn, 10, 11, nil, true, ""},
		{"late in the afternoon, walk-in the same day", queue.LateWalkIn, 15, 0, nil, true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t)
			f.window(20, 10, tc.policy)
			a := f.bookAt(10, 0)
			f.at(tc.h, tc.m)
			in, err := f.e.CheckInAppointment("kiosk:k1", a.ID, "k1")
			if !errors.Is(err, tc.want) {
				t.Fatalf("check-in at %02d:%02d: %v, want %v", tc.h, tc.m, err, tc.want)
			}
			if early := (*queue.TooEarlyError)(nil); errors.As(err, &early) && early.From.In(helsinki).Format("15:04") != tc.comeBackAt {
				t.Errorf("come back at %s, want %s", early.From.In(helsinki).Format("15:04"), tc.comeBackAt)
			}
			if err != nil {
				return
			}
			if in.WalkIn != tc.walkIn || in.Ticket.Appointment.IsZero() == !tc.walkIn {
				t.Errorf("walk-in %v, called at %v; want walk-in %v", in.WalkIn, in.Ticket.Appointment, tc.walkIn)
			}
			f.e.Read(func(s *queue.State) {
				got := s.Appointments("veroasiat", "2026-11-23")[0]
				if got.Ticket != in.Ticket.ID || got.Late != tc.walkIn {
					t.Errorf("appointment %+v, want checked in as %d, late %v", got, in.Ticket.ID, tc.walkIn)
				}
			})
		})
	}
}

func TestCheckInAppointmentOnceAndNotCancelled(t *testing.T) {
	f := newFixture(t)
	a, b := f.bookAt(10, 0), f.bookAt(11, 0)
	f.at(9, 50)
	first, err := f.e.CheckInAppointment("kiosk:k1", a.ID, "k1")
	if err != nil {
		t.Fatal(err)
	}
	// The same kiosk again (its reply lost, or the card scanned twice):
	// the same ticket; another kiosk: refused.
	if again, err := f.e.CheckInAppointment("kiosk:k1", a.ID, "k1"); err != nil || !again.Repeat || again.Ticket.ID != first.Ticket.ID {
		t.Errorf("the same kiosk again: %+v, %v; want ticket %s again", again, err, first.Ticket.CallID)
	}
	if _, err := f.e.CheckInAppointment("kiosk:k2", a.ID, "k2"); !errors.Is(err, queue.ErrCheckedIn) {
		t.Errorf("second check-in at another kiosk: %v, want ErrCheckedIn", err)
	}
	must(t, f.e.CancelAppointment("clerk:neuvoja", b.ID))
	f.at(10, 50)
	if _, err := f.e.CheckInAppointment("kiosk:k1", b.ID, "k1"); !errors.Is(err, queue.ErrAppointmentCancelled) {
		t.Errorf("cancelled: %v, want ErrCancelled", err)
	}
	if err := f.e.CancelAppointment("clerk:neuvoja", b.ID); !errors.Is(err, queue.ErrAppointmentCancelled) {
		t.Errorf("cancelled twice: %v, want ErrCancelled", err)
	}
	if _, err := f.e.CheckInAppointment("kiosk:k1", 9999, "k1"); !errors.Is(err, queue.ErrNotFound) {
		t.Errorf("unknown: %v, want ErrNotFound", err)
	}
}

// A checked-in appointment's ticket is called at its time: a walk-in who
// came earlier waits behind it once the time comes, and before it.
func TestCheckedInAppointmentIsCalledAtItsTime(t *testing.T) {
	f := newFixture(t)
	a := f.bookAt(8, 30)
	f.at(8, 5)
	walkIn := f.issue("veroasiat") // 08:06
	f.at(8, 10)
	in, err := f.e.CheckInAppointment("kiosk:k1", a.ID, "k1")
	must(t, err)
	f.at(8, 20)
	first, err := f.e.CallNext("maija", []string{"veroasiat"}, "5")
	must(t, err)
	second, err := f.e.CallNext("pekka", []string{"veroasiat"}, "6")
	must(t, err)
	if first.ID != walkIn.Ticket.ID || second.ID != in.Ticket.ID || second.Reason != queue.ReasonAppointment {
		t.Errorf("called %s then %s (%s), want the walk-in %s, then the appointment %s",
			first.CallID, second.CallID, second.Reason, walkIn.Ticket.CallID, in.Ticket.CallID)
	}
}

func TestNoShowsAreMarkedAfterTheWindow(t *testing.T) {
	f := newFixture(t)
	f.window(15, 10, queue.LateRefuse)
	a, b, c := f.bookAt(9, 0), f.bookAt(9, 30), f.bookAt(10, 0)
	must(t, f.e.CancelAppointment("clerk:neuvoja", c.ID))
	f.at(9, 10) // a's window closes at 09:10: not yet after it
	if n, err := f.e.MarkNoShows(); err != nil || n != 0 {
		t.Fatalf("at 09:10: %d marked (%v), want none", n, err)
	}
	f.at(9, 11)
	if n, err := f.e.MarkNoShows(); err != nil || n != 1 {
		t.Fatalf("at 09:11: %d marked (%v), want a", n, err)
	}
	f.at(9, 25)
	_, err := f.e.CheckInAppointment("kiosk:k1", b.ID, "k1")
	must(t, err)
	f.at(12, 0)
	if n, err := f.e.MarkNoShows(); err != nil || n != 0 {
		t.Fatalf("at noon: %d marked (%v), want none: b came, c was cancelled, a is marked", n, err)
	}
	f.reopen() // the marks are in the log
	f.e.Read(func(s *queue.State) {
		for _, got := range s.Appointments("veroasiat", "2026-11-23") {
			want := got.ID == a.ID
			if got.NoShow != want {
				t.Errorf("appointment at %s: no-show %v, want %v", got.At.In(helsinki).Format("15:04"), got.NoShow, want)
			}
		}
	})
	if _, err := f.e.CheckInAppointment("kiosk:k1", a.ID, "k1"); !errors.Is(err, queue.ErrTooLate) {
		t.Errorf("a no-show checking in under the refuse policy: %v, want ErrTooLate", err)
	}
}

// The window is a span of real time: an appointment just after the clocks
// fall back (25.10.2026 04:00 EEST becomes 03:00 EET) opens 30 minutes
// before, in real time, not by the wall clock.
func TestWindowAcrossDaylightSavingTime(t *testing.T) {
	f := newFixture(t)
	f.window(90, 10, queue.LateRefuse)
	at := time.Date(2026, 10, 25, 3, 30, 0, 0, helsinki) // 03:30 EET, the second 03:30: 01:30 UTC
	if at.UTC().Hour() != 1 {
		t.Fatalf("the appointment is at %v UTC, want the second 03:30 (01:30 UTC)", at.UTC())
	}
	a, err := f.e.BookAppointment("clerk:neuvoja", queue.AppointmentBooking{Service: "veroasiat", At: at, Person: queue.Person{Name: "Yö Kyöpelinen"}})
	must(t, err)
	f.clock.now = at.Add(-91 * time.Minute) // 00:59 UTC: 03:59 EEST on the wall clock
	var early *queue.TooEarlyError
	if _, err := f.e.CheckInAppointment("kiosk:k1", a.ID, "k1"); !errors.As(err, &early) || !early.From.Equal(at.Add(-90*time.Minute)) {
		t.Fatalf("91 minutes before: %v, want too early until %v", err, at.Add(-90*time.Minute))
	}
	f.clock.now = at.Add(11 * time.Minute)
	if n, err := f.e.MarkNoShows(); err != nil || n != 1 {
		t.Errorf("11 minutes after: %d no-shows (%v), want 1", n, err)
	}
	f.e.Read(func(s *queue.State) {
		if len(s.Appointments("veroasiat", "2026-10-25")) != 1 {
			t.Errorf("the appointment is not on its local day 25.10.")
		}
	})
}

func TestWindowSettingsAreChecked(t *testing.T) {
	f := newFixture(t)
	for _, w := range []queue.Window{
		{Early: time.Minute, Policy: "maybe"},
		{Early: -time.Minute, Policy: queue.LateRefuse},
		{Late: 5 * time.Hour, Policy: queue.LateWalkIn},
	} {
		if err := f.e.ConfigureService("system", "veroasiat", queue.Settings{CheckIn: w}, nil); !errors.Is(err, queue.ErrInvalid) {
			t.Errorf("window %+v: %v, want ErrInvalid", w, err)
		}
	}
	f.e.Read(func(s *queue.State) {
		if s.CheckInWindow("veroasiat") != queue.DefaultWindow {
			t.Errorf("window %+v, want the default", s.CheckInWindow("veroasiat"))
		}
	})
}

func TestImportBooksAllOrNothing(t *testing.T) {
	f := newFixture(t)
	at := time.Date(2026, 11, 24, 9, 0, 0, 0, helsinki)
	good := queue.AppointmentBooking{Service: "veroasiat", At: at, Minutes: 30, UID: "u1", Person: queue.Person{Name: "Aino"}}
	bad := []queue.AppointmentBooking{good,
		{Service: "nosuch", At: at, UID: "u2", Person: queue.Person{Name: "Eino"}},
		{Service: "veroasiat", At: at, UID: "u3"},
		{Service: "veroasiat", At: at, UID: "u1", Person: queue.Person{Name: "Aino"}}}
	_, err := f.e.ImportAppointments("clerk:admin", bad)
	var ie *queue.ImportError
	if !errors.As(err, &ie) || len(ie.Problems) != 3 || ie.Problems[0] != nil {
		t.Fatalf("import: %v, want problems with bookings 2, 3 and 4", err)
	}
	f.e.Read(func(s *queue.State) {
		if n := len(s.Appointments("veroasiat", "2026-11-24")); n != 0 {
			t.Fatalf("%d booked of a refused import, want none", n)
		}
	})
	got, err := f.e.ImportAppointments("clerk:admin", bad[:1])
	if err != nil || len(got) != 1 {
		t.Fatalf("import: %v, %v", got, err)
	}
	if _, err := f.e.ImportAppointments("clerk:admin", bad[:1]); !errors.As(err, &ie) || !errors.Is(err, queue.ErrExists) {
		t.Errorf("the same file again: %v, want ErrExists", err)
	}
}

func TestFeedsByTokenUntilRevoked(t *testing.T) {
	f := newFixture(t)
	must(t, f.e.AddClerk("system", queue.Clerk{Login: "maija", Role: queue.RoleClerk, Agencies: []string{"vero"}}))
	token := queue.NewFeedToken()
	fd, err := f.e.CreateFeed("clerk:maija", queue.FeedClerk, "maija", token)
	must(t, err)
	if _, err := f.e.CreateFeed("clerk:maija", queue.FeedRoom, "nosuch", queue.NewFeedToken()); !errors.Is(err, queue.ErrNotFound) {
		t.Errorf("a feed of an unknown room: %v", err)
	}
	f.reopen()
	f.e.Read(func(s *queue.State) {
		if got, ok := s.FeedOf(token); !ok || got.ID != fd.ID || got.Of != "maija" {
			t.Errorf("feed of the token: %+v %v", got, ok)
		}
		if _, ok := s.FeedOf(queue.NewFeedToken()); ok {
			t.Error("another token opens the feed")
		}
	})
	must(t, f.e.RevokeFeed("clerk:maija", fd.ID))
	f.e.Read(func(s *queue.State) {
		if _, ok := s.FeedOf(token); ok {
			t.Error("a revoked feed opens")
		}
	})
}
