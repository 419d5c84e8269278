package webkit_test

import (
	"fmt"
	"testing"
	"time"

	"vuoro/hub/webkit"
)

// rules give a name 3 tries and an address 20, coming back over an
// hour; locks start at a minute and stop at 30.
var rules = map[string]webkit.Rule{"login": {3, time.Hour, time.Minute, 30 * time.Minute}, "ip": {20, time.Hour, time.Minute, 30 * time.Minute}}

func TestLockDoublesWhileFailuresGoOn(t *testing.T) {
	clk := newClock()
	l := webkit.NewLimiter(clk.Now, rules)
	steps := []struct {
		name    string
		advance time.Duration
		fail    bool
		locked  time.Duration
	}{
		{"two failures", 0, false, 0},
		{"the third locks a minute", 0, true, time.Minute},
		{"a minute later", 61 * time.Second, false, 0},
		{"the next failure locks two", 0, true, 2 * time.Minute},
		{"and the next four", 2 * time.Minute, true, 4 * time.Minute},
		{"a quiet hour gives the tries back", time.Hour, true, 0},
	}
	for range 2 {
		l.Fail("login:vero")
	}
	for _, s := range steps {
		clk.Advance(s.advance)
		if s.fail {
			l.Fail("login:vero")
		}
		if got := l.Locked("login:vero"); got != s.locked {
			t.Fatalf("%s: locked %s, want %s", s.name, got, s.locked)
		}
	}
	if got := l.Locked("login:kela"); got != 0 {
		t.Errorf("another login is locked %s", got)
	}
}

func TestLockNeverPassesTheMaximum(t *testing.T) {
	clk := newClock()
	l := webkit.NewLimiter(clk.Now, rules)
	for range 40 {
		l.Fail("login:vero")
	}
	if got := l.Locked("login:vero"); got != 30*time.Minute {
		t.Errorf("locked %s, want 30m", got)
	}
	l.Forget("login:vero")
	if got := l.Locked("login:vero"); got != 0 {
		t.Errorf("locked %s after a success", got)
	}
}

// An address is locked only after its class's tries: 20 failures.
func TestAddressHasItsOwnRule(t *testing.T) {
	clk := newClock()
	l := webkit.NewLimiter(clk.Now, rules)
	for i := range 19 {
		l.Fail(fmt.Sprintf("login:u%d", i), "ip:10.0.0.1")
	}
	if got := l.Locked("ip:10.0.0.1"); got != 0 {
		t.Fatalf("an address locked after 19 failures: %s", got)
	}
	l.Fail("login:u19", "ip:10.0.0.1")
	if got := l.Locked("login:u19", "ip:10.0.0.1"); got != time.Minute {
		t.Fatalf("after 20: locked %s, want 1m", got)
	}
}
