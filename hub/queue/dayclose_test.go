package queue_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"vuoro/hub/queue"
)

// closeDay runs the day close and returns how many visits expired.
func (f *fixture) closeDay() int {
	f.t.Helper()
	n, err := f.e.CloseDay()
	must(f.t, err)
	return n
}

func (f *fixture) seq() uint64 {
	var seq uint64
	f.e.Read(func(s *queue.State) { seq = s.Seq })
	return seq
}

// openCallIDs returns the call ids of every open visit the state lists,
// failing on one listed twice.
func openCallIDs(t *testing.T, s *queue.State, ids []uint64) map[string]uint64 {
	t.Helper()
	open := map[string]uint64{}
	for _, id := range ids {
		tk, _ := s.Ticket(id)
		if !tk.Status.Open() {
			continue
		}
		if other, dup := open[tk.CallID]; dup {
			t.Fatalf("visits %d and %d are both open as %s", other, id, tk.CallID)
		}
		open[tk.CallID] = id
	}
	return open
}

func TestDayCloseExpiresEveryOpenVisit(t *testing.T) {
	f := newFixture(t) // Monday 23.11.2026 08:00 Helsinki
	var ids []uint64
	for range 5 {
		ids = append(ids, f.issue("veroasiat").Ticket.ID) // R1..R5
	}
	ended, _ := f.e.CallNext("aino", []string{"veroasiat"}, "5") // R1: served and ended
	f.e.End("aino", ended.ID)
	f.e.CallNext("maija", []string{"veroasiat"}, "5")               // R2: called
	serving, _ := f.e.CallNext("pekka", []string{"veroasiat"}, "6") // R3: in service
	f.e.Start("pekka", serving.ID)
	f.e.Hold("clerk:x", ids[3]) // R4 held, R5 waiting
	f.clock.now = time.Date(2026, 11, 23, 23, 59, 0, 0, helsinki)
	if n := f.closeDay(); n != 0 {
		t.Fatalf("a minute before midnight %d visits expired", n)
	}

	f.clock.now = time.Date(2026, 11, 24, 0, 0, 30, 0, helsinki)
	if n := f.closeDay(); n != 4 {
		t.Fatalf("day close expired %d visits, want the 4 open ones", n)
	}
	want := []queue.Status{queue.Ended, queue.Expired, queue.Expired, queue.Expired, queue.Expired}
	f.e.Read(func(s *queue.State) {
		for i, id := range ids {
			tk, _ := s.Ticket(id)
			if tk.Status != want[i] || (want[i] == queue.Expired && tk.Note != queue.ReasonExpired) {
				t.Errorf("%s is %s (%q), want %s", tk.CallID, tk.Status, tk.Note, want[i])
			}
		}
		_, roomBusy := s.RoomVisit("5")
		_, clerkBusy := s.ActiveVisit("pekka")
		if roomBusy || clerkBusy || len(s.Serving()) != 0 || len(s.Waiting("veroasiat")) != 0 || len(s.RecentCalls()) != 0 {
			t.Errorf("after the close: rooms %v, waiting %v, display %v", s.Serving(), s.Waiting("veroasiat"), s.RecentCalls())
		}
		if s.LastClosed() != "2026-11-23" {
			t.Errorf("last closed day %q", s.LastClosed())
		}
	})

	seq := f.seq()
	if n := f.closeDay(); n != 0 || f.seq() != seq {
		t.Fatalf("a second close expired %d visits and wrote %d events", n, f.seq()-seq)
	}
	f.checkReplay(func(s *queue.State) string { return dumpVisits(s, ids) })
	f.clock.now = time.Date(2026, 11, 24, 8, 0, 0, 0, helsinki)
	if id := f.issue("veroasiat").Ticket.CallID; id != "R1" {
		t.Fatalf("the next day's first ticket is %s, want R1", id)
	}
	if got, err := f.e.CallNext("maija", []string{"veroasiat"}, "5"); err != nil || got.CallID != "R1" {
		t.Fatalf("maija calls to room 5 the next morning: %+v %v", got, err)
	}
	if f.closeDay() != 0 {
		t.Fatal("the next morning's close expired today's visits")
	}
}

// checkReplay reopens the bbolt file and fails unless the replayed state
// dumps as the state before.
func (f *fixture) checkReplay(dump func(*queue.State) string) {
	f.t.Helper()
	var before, after string
	f.e.Read(func(s *queue.State) { before = dump(s) })
	f.reopen()
	f.e.Read(func(s *queue.State) { after = dump(s) })
	if before != after {
		f.t.Fatalf("replay differs:\n%s\n%s", before, after)
	}
}

func dumpVisits(s *queue.State, ids []uint64) string {
	out := dump(s) + " " + s.LastClosed()
	for _, id := range ids {
		tk, _ := s.Ticket(id)
		out += fmt.Sprintf("\n%+v", tk)
	}
	return out
}

func TestDayEndsAtTheSitesClosingTime(t *testing.T) {
	f := newFixture(t)
	must(t, f.e.SetSite("system", queue.Site{ID: "lahti", Name: "Lahti", TimeZone: "Europe/Helsinki", DayEnd: "17:00"}))
	r1 := f.issue("veroasiat").Ticket
	f.clock.now = time.Date(2026, 11, 23, 16, 58, 0, 0, helsinki)
	if f.closeDay() != 0 {
		t.Fatal("closed before the day end")
	}
	f.issue("veroasiat")
	f.clock.now = time.Date(2026, 11, 23, 17, 0, 0, 0, helsinki)
	if n := f.closeDay(); n != 2 || f.status(r1.ID) != queue.Expired {
		t.Fatalf("at 17:00 %d visits expired, R1 %s", n, f.status(r1.ID))
	}
	f.clock.now = time.Date(2026, 11, 23, 17, 30, 0, 0, helsinki)
	if _, err := f.e.Issue("k", queue.IssueRequest{Service: "veroasiat"}); !errors.Is(err, queue.ErrClosed) {
		t.Fatalf("check-in after the day end: %v", err)
	}
	f.e.Read(func(s *queue.State) {
		if s.OpenNow("veroasiat", f.clock.Now()) || !s.DayEnded(f.clock.Now()) {
			t.Error("kiosks are told the queue is open after the day end")
		}
	})
	must(t, f.e.SetSite("system", queue.Site{ID: "lahti", Name: "Lahti", TimeZone: "Europe/Helsinki"}))
	if _, err := f.e.Issue("k", queue.IssueRequest{Service: "veroasiat"}); !errors.Is(err, queue.ErrClosed) {
		t.Fatalf("check-in to a closed day after the day end was unset: %v", err)
	}
	f.clock.now = time.Date(2026, 11, 24, 7, 0, 0, 0, helsinki)
	if id := f.issue("veroasiat").Ticket.CallID; id != "R1" || f.closeDay() != 0 {
		t.Fatalf("next morning: %s", id)
	}
	bad := queue.Site{ID: "lahti", Name: "Lahti", DayEnd: "25:00"}
	if err := f.e.SetSite("system", bad); !errors.Is(err, queue.ErrInvalid) {
		t.Fatalf("day end 25:00 accepted: %v", err)
	}
}

func TestMultiDayServiceCarriesItsQueueOver(t *testing.T) {
	f := newFixture(t)
	on := true
	must(t, f.e.ConfigureService("admin:juha", "veroasiat", queue.Settings{}, &on))
	var r []queue.Ticket
	for range 3 {
		r = append(r, f.issue("veroasiat").Ticket) // R1 R2 R3
	}
	t1, t2 := f.issue("verokortit").Ticket, f.issue("verokortit").Ticket
	f.e.CallNext("maija", []string{"veroasiat"}, "5") // R1 called: expires
	f.e.Hold("clerk:maija", r[2].ID)                  // R3 held: carried
	f.e.Transfer("clerk:x", t1.ID, "veroasiat", queue.End)

	f.clock.now = time.Date(2026, 11, 24, 8, 0, 0, 0, helsinki)
	if n := f.closeDay(); n != 2 { // R1 (called) and T2 (not a multi-day queue)
		t.Fatalf("%d visits expired, want R1 and T2", n)
	}
	for id, want := range map[uint64]queue.Status{r[0].ID: queue.Expired, r[1].ID: queue.Waiting, r[2].ID: queue.Held, t1.ID: queue.Waiting, t2.ID: queue.Expired} {
		if got := f.status(id); got != want {
			t.Errorf("visit %d is %s after the close, want %s", id, got, want)
		}
	}
	r4, t2b := f.issue("veroasiat"), f.issue("verokortit")
	if r4.Ticket.CallID != "R4" || r4.Ahead != 2 || t2b.Ticket.CallID != "T2" {
		t.Fatalf("next day: %s with %d ahead, %s; want R4 behind R2 and T1, and T2 after the carried T1",
			r4.Ticket.CallID, r4.Ahead, t2b.Ticket.CallID)
	}
	all := []uint64{r[0].ID, r[1].ID, r[2].ID, t1.ID, t2.ID, r4.Ticket.ID, t2b.Ticket.ID}
	f.e.Read(func(s *queue.State) { openCallIDs(t, s, all) })
	if got, _ := f.e.CallNext("maija", []string{"veroasiat"}, "5"); got.CallID != "R2" {
		t.Fatalf("first call of the day is %s, want yesterday's R2", got.CallID)
	}

	f.reopen() // the carried numbers survive a restart
	f.clock.now = time.Date(2026, 11, 25, 8, 0, 0, 0, helsinki)
	f.closeDay() // R2 called: expires; R3 (held), T1, R4 carried again
	r5 := f.issue("veroasiat").Ticket
	if r5.CallID != "R5" {
		t.Fatalf("third day's ticket %s, want R5 after the carried R4", r5.CallID)
	}
	for _, id := range []uint64{r[2].ID, t1.ID, r4.Ticket.ID} {
		f.e.Delete("clerk:x", id, "test")
	}
	f.clock.now = time.Date(2026, 11, 26, 8, 0, 0, 0, helsinki)
	f.closeDay() // only R5 carried
	if id := f.issue("veroasiat").Ticket.CallID; id != "R6" {
		t.Fatalf("fourth day's ticket %s, want R6 after the carried R5", id)
	}
}

func TestMultiDayNumbersRestartWhenNothingIsCarried(t *testing.T) {
	f := newFixture(t)
	on := true
	must(t, f.e.ConfigureService("admin:juha", "veroasiat", queue.Settings{}, &on))
	a := f.issue("veroasiat").Ticket
	f.e.Delete("clerk:x", a.ID, "test")
	f.clock.now = time.Date(2026, 11, 24, 8, 0, 0, 0, helsinki)
	f.closeDay()
	if id := f.issue("veroasiat").Ticket.CallID; id != "R1" {
		t.Fatalf("empty multi-day queue's next day starts at %s, want R1", id)
	}
	f.e.Read(func(s *queue.State) {
		if sv, _ := s.Service("veroasiat"); !sv.MultiDay {
			t.Fatal("settings lost the multi-day mark")
		}
	})
	must(t, f.e.Configure("admin:juha", "veroasiat", queue.Settings{DailyCap: 5}))
	f.e.Read(func(s *queue.State) {
		if sv, _ := s.Service("veroasiat"); !sv.MultiDay {
			t.Fatal("Configure without a multi-day choice changed it")
		}
	})
}
