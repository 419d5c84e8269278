package queue_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/store"
)

// clock is a hand-advanced clock.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

var helsinki, _ = time.LoadLocation("Europe/Helsinki")

// fixture is an engine on a real bbolt file with a small site.
type fixture struct {
	t     *testing.T
	path  string
	st    *store.Store
	e     *queue.Engine
	clock *clock
}

func newFixture(t *testing.T) *fixture {
	f := &fixture{t: t, path: filepath.Join(t.TempDir(), "hub.db"),
		clock: &clock{now: time.Date(2026, 11, 23, 8, 0, 0, 0, helsinki)}}
	f.open()
	must(t, f.e.SetSite("system", queue.Site{ID: "lahti", Name: "Lahden virastotalo", TimeZone: "Europe/Helsinki"}))
	must(t, f.e.AddAgency("system", queue.Agency{ID: "vero"}))
	must(t, f.e.AddService("system", queue.Service{ID: "veroasiat", Agency: "vero", Letter: "R"}))
	must(t, f.e.AddService("system", queue.Service{ID: "verokortit", Agency: "vero", Letter: "T"}))
	for _, r := range []string{"5", "6"} {
		must(t, f.e.AddRoom("system", queue.Room{ID: r}))
	}
	return f
}

func (f *fixture) open() {
	st, err := store.Open(f.path)
	must(f.t, err)
	e, err := queue.Open(st, f.clock)
	must(f.t, err)
	f.st, f.e = st, e
	f.t.Cleanup(func() { st.Close() })
}

func (f *fixture) reopen() {
	f.st.Close()
	f.open()
}

func (f *fixture) issue(service string) queue.Issued {
	f.t.Helper()
	f.clock.Advance(time.Minute)
	out, err := f.e.Issue("kiosk:k1", queue.IssueRequest{RequestID: fmt.Sprint(f.clock.Now().UnixNano()), Service: service, Device: "k1"})
	must(f.t, err)
	return out
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestIssueNumbersPerServiceAndDay(t *testing.T) {
	f := newFixture(t)
	var got []string
	for _, sv := range []string{"veroasiat", "veroasiat", "verokortit", "veroasiat"} {
		got = append(got, f.issue(sv).Ticket.CallID)
	}
	if fmt.Sprint(got) != "[R1 R2 T1 R3]" {
		t.Fatalf("call ids = %v", got)
	}
	f.clock.Advance(24 * time.Hour)
	if id := f.issue("veroasiat").Ticket.CallID; id != "R1" {
		t.Fatalf("next day's first ticket = %s, want R1", id)
	}
}

func TestDayFollowsSiteTimeZone(t *testing.T) {
	f := newFixture(t)
	f.clock.now = time.Date(2026, 11, 23, 23, 30, 0, 0, time.UTC) // 01:30 on the 24th in Helsinki
	if d := f.issue("veroasiat").Ticket.Day; d != "2026-11-24" {
		t.Fatalf("day = %s, want the Helsinki date 2026-11-24", d)
	}
}

func TestIssueRepeatedRequestGivesSameTicket(t *testing.T) {
	f := newFixture(t)
	req := queue.IssueRequest{RequestID: "m1", Service: "veroasiat", Device: "k1"}
	a, err := f.e.Issue("kiosk:k1", req)
	must(t, err)
	b, err := f.e.Issue("kiosk:k1", req)
	must(t, err)
	if a.Ticket.ID != b.Ticket.ID || a.Repeat || !b.Repeat {
		t.Fatalf("repeat issued %+v then %+v", a, b)
	}
	if a.FollowToken == "" || b.FollowToken != a.FollowToken || f.issue("veroasiat").FollowToken == a.FollowToken {
		t.Fatalf("follow tokens %q, then %q on the repeat", a.FollowToken, b.FollowToken)
	}
	f.reopen()
	c, err := f.e.Issue("kiosk:k1", req)
	must(t, err)
	if c.Ticket.ID != a.Ticket.ID || !c.Repeat {
		t.Fatalf("after restart the repeated request got a new ticket: %+v", c)
	}
	f.e.Read(func(s *queue.State) {
		if n := len(s.Waiting("veroasiat")); n != 2 {
			t.Fatalf("%d tickets waiting, want 2 (the request's and the next)", n)
		}
	})
}

func TestAheadCountsTicketsBefore(t *testing.T) {
	f := newFixture(t)
	for i, want := range []int{0, 1, 2} {
		if got := f.issue("veroasiat").Ahead; got != want {
			t.Fatalf("ticket %d has %d ahead, want %d", i, got, want)
		}
	}
	if got := f.issue("verokortit").Ahead; got != 0 {
		t.Fatalf("other queue's first ticket has %d ahead", got)
	}
}

func TestCallNextTakesEarliestAcrossServices(t *testing.T) {
	f := newFixture(t)
	f.issue("verokortit") // T1, earliest
	f.issue("veroasiat")  // R1
	t1, err := f.e.CallNext("maija", []string{"veroasiat", "verokortit"}, "5")
	must(t, err)
	r1, err := f.e.CallNext("pekka", []string{"veroasiat", "verokortit"}, "6")
	must(t, err)
	if t1.CallID != "T1" || r1.CallID != "R1" {
		t.Fatalf("called %s then %s, want T1 then R1", t1.CallID, r1.CallID)
	}
	if t1.Status != queue.Called || t1.Room != "5" || t1.Clerk != "maija" {
		t.Fatalf("called ticket = %+v", t1)
	}
}

func TestCallRejections(t *testing.T) {
	f := newFixture(t)
	f.issue("veroasiat")
	f.issue("veroasiat")
	_, err := f.e.CallNext("maija", []string{"veroasiat"}, "5")
	must(t, err)
	tests := []struct {
		name        string
		clerk, room string
		services    []string
		want        error
	}{
		{"clerk already serving", "maija", "6", []string{"veroasiat"}, queue.ErrBusy},
		{"room in use", "pekka", "5", []string{"veroasiat"}, queue.ErrRoomInUse},
		{"unknown room", "pekka", "99", []string{"veroasiat"}, queue.ErrNotFound},
		{"empty queue", "pekka", "6", []string{"verokortit"}, queue.ErrEmpty},
	}
	for _, tt := range tests {
		if _, err := f.e.CallNext(tt.clerk, tt.services, tt.room); !errors.Is(err, tt.want) {
			t.Errorf("%s: CallNext = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestEndFreesClerkAndRoom(t *testing.T) {
	f := newFixture(t)
	first := f.issue("veroasiat").Ticket
	f.issue("veroasiat")
	if _, err := f.e.End("maija", first.ID); !errors.Is(err, queue.ErrTransition) {
		t.Fatalf("ending a waiting ticket: %v", err)
	}
	called, err := f.e.CallNext("maija", []string{"veroasiat"}, "5")
	must(t, err)
	ended, err := f.e.End("maija", called.ID)
	must(t, err)
	if ended.Status != queue.Ended || ended.Ended.IsZero() {
		t.Fatalf("ended ticket = %+v", ended)
	}
	if _, err := f.e.End("maija", called.ID); !errors.Is(err, queue.ErrTransition) {
		t.Fatalf("ending twice: %v", err)
	}
	if _, err := f.e.End("maija", 9999); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("ending unknown: %v", err)
	}
	next, err := f.e.CallNext("maija", []string{"veroasiat"}, "5")
	must(t, err)
	if next.CallID != "R2" {
		t.Fatalf("after End the clerk called %s, want R2", next.CallID)
	}
}

func TestIssueRejections(t *testing.T) {
	f := newFixture(t)
	if _, err := f.e.Issue("kiosk:k1", queue.IssueRequest{RequestID: "x", Service: "nope"}); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("unknown service: %v", err)
	}
}

func TestConfigRejections(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"duplicate letter", f.e.AddService("a", queue.Service{ID: "x", Agency: "vero", Letter: "R"}), queue.ErrExists},
		{"lowercase letter", f.e.AddService("a", queue.Service{ID: "x", Agency: "vero", Letter: "r"}), queue.ErrInvalid},
		{"unknown agency", f.e.AddService("a", queue.Service{ID: "x", Agency: "kela", Letter: "K"}), queue.ErrNotFound},
		{"duplicate room", f.e.AddRoom("a", queue.Room{ID: "5"}), queue.ErrExists},
		{"duplicate agency", f.e.AddAgency("a", queue.Agency{ID: "vero"}), queue.ErrExists},
		{"unknown role", f.e.AddClerk("a", queue.Clerk{Login: "x", Role: "boss"}), queue.ErrInvalid},
		{"bad time zone", f.e.SetSite("a", queue.Site{ID: "x", Name: "y", TimeZone: "Mars/Olympus"}), queue.ErrInvalid},
	}
	for _, tt := range tests {
		if !errors.Is(tt.err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, tt.err, tt.want)
		}
	}
}

func TestReplayRebuildsState(t *testing.T) {
	f := newFixture(t)
	f.issue("veroasiat")
	f.issue("veroasiat")
	f.issue("verokortit")
	called, _ := f.e.CallNext("maija", []string{"veroasiat"}, "5")
	f.e.End("maija", called.ID)
	f.e.CallNext("pekka", []string{"verokortit"}, "6")
	var before string
	f.e.Read(func(s *queue.State) { before = dump(s) })
	f.reopen()
	var after string
	f.e.Read(func(s *queue.State) { after = dump(s) })
	if before != after {
		t.Fatalf("state after restart differs:\nbefore %s\nafter  %s", before, after)
	}
	if n := f.issue("veroasiat").Ticket.CallID; n != "R3" {
		t.Fatalf("numbering after restart = %s, want R3 (numbers are never reused)", n)
	}
}

func dump(s *queue.State) string {
	var out string
	for _, sv := range s.Services {
		out += fmt.Sprintf("%s%v ", sv.ID, s.Waiting(sv.ID))
	}
	return out + fmt.Sprintf("%v %v %d", s.Serving(), s.RecentCalls(), s.Seq)
}

func TestConcurrentCallsNeverShareATicket(t *testing.T) {
	f := newFixture(t)
	rooms := []string{"r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8"}
	for _, r := range rooms {
		must(t, f.e.AddRoom("system", queue.Room{ID: r}))
	}
	for range 6 {
		f.issue("veroasiat")
	}
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		got = map[string]string{}
	)
	for i, room := range rooms {
		wg.Add(1)
		go func() {
			defer wg.Done()
			clerk := fmt.Sprint("clerk", i)
			tk, err := f.e.CallNext(clerk, []string{"veroasiat"}, room)
			if errors.Is(err, queue.ErrEmpty) {
				return
			}
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			defer mu.Unlock()
			if other, dup := got[tk.CallID]; dup {
				t.Errorf("%s called by %s and %s", tk.CallID, other, clerk)
			}
			got[tk.CallID] = clerk
		}()
	}
	wg.Wait()
	if len(got) != 6 {
		t.Fatalf("%d tickets called, want all 6: %v", len(got), got)
	}
}
