package queue_test

import (
	"errors"
	"testing"
	"time"

	"vuoro/hub/queue"
)

func TestPointConflicts(t *testing.T) {
	f := withPoints(t)
	_, err := f.book("1", "vero", "2026-11-24", "13:00", "14:00")
	must(t, err)
	for _, c := range [][2]string{{"13:30", "14:30"}, {"12:00", "13:01"}, {"13:00", "14:00"}, {"12:00", "15:00"}} {
		if _, err := f.book("1", "kela", "2026-11-24", c[0], c[1]); !errors.Is(err, queue.ErrTaken) {
			t.Errorf("Aspa 1 again %s–%s: %v, want ErrTaken", c[0], c[1], err)
		}
	}
	for _, c := range [][2]string{{"12:00", "13:00"}, {"14:00", "15:00"}} { // meeting ends are no overlap
		if _, err := f.book("1", "kela", "2026-11-24", c[0], c[1]); err != nil {
			t.Errorf("Aspa 1 %s–%s, next to the booking: %v", c[0], c[1], err)
		}
	}
	for name, b := range map[string]queue.PointBooking{
		"no name":      {Point: "1", Agency: "vero", Persons: 1, Times: []queue.Interval{{From: local("2026-11-25", "08:00"), To: local("2026-11-25", "9:00")}}},
		"too many":     {Point: "3", Agency: "vero", Name: "x", Persons: 3, Times: []queue.Interval{{From: local("2026-11-25", "08:00"), To: local("2026-11-25", "09:00")}}},
		"in the past":  {Point: "1", Agency: "vero", Name: "x", Persons: 1, Times: []queue.Interval{{From: local("2026-11-20", "08:00"), To: local("2026-11-20", "09:00")}}},
		"backwards":    {Point: "1", Agency: "vero", Name: "x", Persons: 1, Times: []queue.Interval{{From: local("2026-11-25", "10:00"), To: local("2026-11-25", "09:00")}}},
		"no agency":    {Point: "1", Agency: "nobody", Name: "x", Persons: 1, Times: []queue.Interval{{From: local("2026-11-25", "08:00"), To: local("2026-11-25", "09:00")}}},
		"no such room": {Point: "99", Agency: "vero", Name: "x", Persons: 1, Times: []queue.Interval{{From: local("2026-11-25", "08:00"), To: local("2026-11-25", "09:00")}}},
	} {
		if _, err := f.e.BookPoint("clerk:vero1", b); err == nil || errors.Is(err, queue.ErrTaken) {
			t.Errorf("%s: %v, want refused", name, err)
		}
	}
}

func TestPointSeriesAndCancel(t *testing.T) {
	f := withPoints(t)
	// Every weekday 08:00–16:15 for two weeks: ten occurrences.
	weekdays, err := f.e.BookPointSeries("clerk:vero1", queue.PointBooking{Point: "1", Agency: "vero", Name: "Verokortit", Persons: 3},
		queue.Series{First: "2026-11-30", Last: "2026-12-13", Start: "08:00", End: "16:15"})
	must(t, err)
	if len(weekdays.Times) != 10 {
		t.Fatalf("every weekday for two weeks: %d occurrences", len(weekdays.Times))
	}
	// Four hours a day on Tuesdays and Thursdays, on another point.
	fours, err := f.e.BookPointSeries("clerk:kela1", queue.PointBooking{Point: "2", Agency: "kela", Name: "Kela", Persons: 1},
		queue.Series{First: "2026-11-30", Last: "2026-12-13", Weekdays: []time.Weekday{time.Tuesday, time.Thursday}, Start: "12:00", End: "16:00"})
	must(t, err)
	if len(fours.Times) != 4 {
		t.Fatalf("Tuesdays and Thursdays for two weeks: %d occurrences", len(fours.Times))
	}
	// A series that meets one booking anywhere is refused whole.
	_, err = f.e.BookPointSeries("clerk:kela1", queue.PointBooking{Point: "1", Agency: "kela", Name: "Kela", Persons: 1},
		queue.Series{First: "2026-12-11", Last: "2026-12-14", Weekdays: []time.Weekday{time.Friday, time.Saturday, time.Sunday, time.Monday}, Start: "15:00", End: "17:00"})
	if !errors.Is(err, queue.ErrTaken) {
		t.Fatalf("a series meeting Friday 11.12. of another: %v", err)
	}
	if got := f.words("1", "2026-12-14"); got[0] != "Vapaa koko päivän" {
		t.Errorf("a refused series left %q on Monday 14.12.", got[0])
	}
	// Cancelling one occurrence frees that day only.
	must(t, f.e.CancelPointBooking("clerk:vero1", weekdays.ID, "2026-12-02"))
	for day, want := range map[string]string{"2026-12-01": "Varattu koko päivän", "2026-12-02": "Vapaa koko päivän", "2026-12-03": "Varattu koko päivän"} {
		if got := f.words("1", day); got[0] != want {
			t.Errorf("after cancelling 2.12.: %s is %q, want %q", day, got[0], want)
		}
	}
	if err := f.e.CancelPointBooking("clerk:vero1", weekdays.ID, "2026-12-02"); !errors.Is(err, queue.ErrNotFound) {
		t.Errorf("cancelling 2.12. twice: %v", err)
	}
	// Cancelling the series when it has run for a week keeps its past.
	f.clock.now = local("2026-12-07", "12:00")
	must(t, f.e.CancelPointBooking("clerk:vero1", weekdays.ID, ""))
	for day, want := range map[string]string{"2026-12-04": "Varattu koko päivän", "2026-12-07": "Varattu koko päivän", "2026-12-08": "Vapaa koko päivän"} {
		if got := f.words("1", day); got[0] != want {
			t.Errorf("after cancelling the series on 7.12. at noon: %s is %q, want %q", day, got[0], want)
		}
	}
	// Replayed from the log, and from a snapshot, the state is the same.
	f.reopenSame(t)
}

// reopenSame reopens the fixture's file and checks the state it makes is
// the one before.
func (f *fixture) reopenSame(t *testing.T) {
	var before []byte
	f.e.Read(func(s *queue.State) { before = queue.Snapshot(s) })
	must(t, f.e.Close())
	must(t, f.st.Close())
	f.open()
	f.e.Read(func(s *queue.State) {
		if string(queue.Snapshot(s)) != string(before) {
			t.Error("the state reopened differs from the state before")
		}
	})
}

func TestAppointmentReservesAPoint(t *testing.T) {
	f := withPoints(t)
	at := local("2026-11-24", "13:00")
	taken := func() map[string]bool {
		out := map[string]bool{}
		f.e.Read(func(s *queue.State) {
			for _, id := range []string{"1", "2", "3"} {
				_, out[id] = s.ReservedFor(id, at.Add(20*time.Minute))
			}
		})
		return out
	}
	a1, err := f.e.Book("clerk:adv", "veroasiat", at, queue.Person{Name: "Maija Meikäläinen"})
	must(t, err)
	if got := taken(); !got["1"] || got["2"] || got["3"] {
		t.Fatalf("after one appointment: %v, want Aspa 1 (vero's first own point) only", got)
	}
	_, err = f.e.Book("clerk:adv", "verokortit", at.Add(15*time.Minute), queue.Person{Name: "Matti Meikäläinen"})
	must(t, err)
	if got := taken(); !got["2"] || got["3"] {
		t.Fatalf("after two appointments: %v, want Aspa 1 and 2, never the shared Aspa 3", got)
	}
	if _, err := f.e.Book("clerk:adv", "veroasiat", at, queue.Person{Name: "Kolmas"}); !errors.Is(err, queue.ErrTaken) {
		t.Fatalf("a third appointment at 13:00 with vero's two points taken: %v, want ErrTaken", err)
	}
	var n int
	f.e.Read(func(s *queue.State) { n = len(s.Appointments("veroasiat", "2026-11-24")) })
	if n != 1 {
		t.Errorf("the refused appointment was booked anyway: %d appointments", n)
	}
	must(t, f.e.CancelAppointment("clerk:adv", a1.ID))
	if got := taken(); got["1"] {
		t.Errorf("the cancelled appointment still holds Aspa 1")
	}
	if _, err := f.e.Book("clerk:adv", "veroasiat", at, queue.Person{Name: "Kolmas"}); err != nil {
		t.Errorf("an appointment after the cancellation: %v", err)
	}
	f.reopenSame(t)
}

func TestRemovingABookedPointRefused(t *testing.T) {
	f := withPoints(t)
	_, err := f.book("3", "vero", "2026-11-24", "13:00", "14:00")
	must(t, err)
	if err := f.e.RemoveRoom("system", "3"); !errors.Is(err, queue.ErrInUse) {
		t.Errorf("removing a point booked tomorrow: %v, want ErrInUse", err)
	}
	f.clock.now = local("2026-11-24", "14:00")
	must(t, f.e.RemoveRoom("system", "3"))
}
