package webkit_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"vuoro/hub/store"
	"vuoro/hub/webkit"
)

// clock is a hand-advanced clock.
type clock struct{ t time.Time }

func (c *clock) Now() time.Time          { return c.t }
func (c *clock) Advance(d time.Duration) { c.t = c.t.Add(d) }

func newClock() *clock { return &clock{t: time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)} }

// counting is the real store, counting its session writes.
type counting struct {
	*store.Store
	puts int
}

func (c *counting) PutSession(key string, v []byte) error {
	c.puts++
	return c.Store.PutSession(key, v)
}

func openStore(t *testing.T) *counting {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "hub.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &counting{Store: st}
}

type clerk struct {
	Login string `json:"login"`
	Room  string `json:"room,omitempty"`
	Flash string `json:"-"`
}

func table(st webkit.SessionStore, clk *clock, name string) *webkit.Sessions[clerk] {
	return webkit.NewSessions[clerk](webkit.SessionOptions{Store: st, Name: name, Idle: 8 * time.Hour,
		Absolute: 12 * time.Hour, Now: clk.Now})
}

func TestSessionsSurviveARestart(t *testing.T) {
	st, clk := openStore(t), newClock()
	se := table(st, clk, "").Create(clerk{Login: "vero"})
	s := table(st, clk, "")
	s.Update(se.Token, func(d *clerk) { d.Room, d.Flash = "6", "room chosen" })

	got, ok := table(st, clk, "").Get(se.Token)
	if !ok || got.Data.Login != "vero" || got.Data.Room != "6" || got.CSRF != se.CSRF {
		t.Fatalf("after a restart: %+v %v", got, ok)
	}
	if got.Data.Flash != "" {
		t.Errorf("a field kept out of the store came back: %q", got.Data.Flash)
	}
	raw, _ := os.ReadFile(st.Path())
	if bytes.Contains(raw, []byte(se.Token)) {
		t.Fatal("the data file holds a session token")
	}
}

func TestSessionsEndIdleOrAtTheAbsoluteLimit(t *testing.T) {
	st, clk := openStore(t), newClock()
	s := table(st, clk, "")
	idle, busy := s.Create(clerk{Login: "kela"}), s.Create(clerk{Login: "vero"})
	for range 11 {
		clk.Advance(time.Hour)
		if _, ok := s.Get(busy.Token); !ok {
			t.Fatalf("a session used every hour ended at %s", clk.t.Format("15:04"))
		}
	}
	if _, ok := s.Get(idle.Token); ok {
		t.Error("a session unused for 11 hours is live")
	}
	clk.Advance(time.Hour)
	if _, ok := s.Get(busy.Token); ok {
		t.Error("a session is live 12 hours after its login")
	}
	if _, ok := table(st, clk, "").Peek(busy.Token); ok {
		t.Error("an ended session came back after a restart")
	}
}

// Using a session every minute writes its expiry at most every five.
func TestSessionExpiryIsWrittenSeldom(t *testing.T) {
	st, clk := openStore(t), newClock()
	s := table(st, clk, "")
	se := s.Create(clerk{Login: "vero"})
	before := st.puts
	for range 60 {
		clk.Advance(time.Minute)
		s.Get(se.Token)
	}
	if n := st.puts - before; n < 10 || n > 12 {
		t.Errorf("an hour of use wrote the session %d times, want about 12", n)
	}
	clk.Advance(8*time.Hour - 10*time.Minute) // idle, but within the stored expiry
	if _, ok := table(st, clk, "").Get(se.Token); !ok {
		t.Error("the stored expiry lags more than a few minutes")
	}
}

func TestPeekDoesNotExtend(t *testing.T) {
	st, clk := openStore(t), newClock()
	s := table(st, clk, "")
	se := s.Create(clerk{Login: "vero"})
	clk.Advance(7 * time.Hour)
	s.Peek(se.Token)
	clk.Advance(2 * time.Hour)
	if _, ok := s.Get(se.Token); ok {
		t.Error("a peeked session outlived its idle time")
	}
}

// Apps sharing a store keep their own sessions; deleting by data ends
// only the matching ones, in the store too.
func TestSessionTablesStayApart(t *testing.T) {
	st, clk := openStore(t), newClock()
	console, portal := table(st, clk, ""), table(st, clk, "portal")
	a, b := console.Create(clerk{Login: "vero"}), portal.Create(clerk{Login: "vero"})
	restarted := func(name, token string) bool { _, ok := table(st, clk, name).Get(token); return ok }
	if restarted("portal", a.Token) || restarted("", b.Token) {
		t.Error("one app took the other's session")
	}
	if n := console.DeleteWhere(func(d clerk) bool { return d.Login == "vero" }); n != 1 {
		t.Errorf("deleted %d", n)
	}
	if restarted("", a.Token) || !restarted("portal", b.Token) {
		t.Error("after deleting the console's session: it came back, or the portal's ended")
	}
}

// A session stored before absolute timeouts (no start) is read, and
// ends no later than 12 hours after its idle time began.
func TestOldSessionRecordIsRead(t *testing.T) {
	st, clk := openStore(t), newClock()
	s := table(st, clk, "")
	se := s.Create(clerk{Login: "vero"})
	s.Delete(se.Token)
	old := `{"login":"vero","csrf":"c","room":"6","expires":"` + clk.t.Add(8*time.Hour).Format(time.RFC3339) + `"}`
	if err := st.PutSession(webkit.HashOf(se.Token), []byte(old)); err != nil {
		t.Fatal(err)
	}
	got, ok := table(st, clk, "").Get(se.Token)
	if !ok || got.Data.Room != "6" || got.CSRF != "c" || !got.Started.Equal(clk.t) {
		t.Fatalf("an old record: %+v %v", got, ok)
	}
}
