package faults

import (
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/display/feed"
	"vuoro/shared/devlink"
)

// screen is a queue display enrolled in the hub, following it over MQTT.
type screen struct {
	feed    *feed.Queue
	changed chan struct{}
}

func newScreen(t testing.TB, h *hubProc, admin *user) *screen {
	t.Helper()
	cred := admin.enrol(t, "queue-display-1", "queue-display", "")
	l, err := devlink.Open(devlink.Options{Broker: "tcp://" + h.mqttAddr, Site: "lahti", Device: "queue-display-1", Kind: "queue-display",
		Username: cred.Username, Password: cred.Password, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l.Close)
	loc, _ := time.LoadLocation(board.Zone)
	s := &screen{changed: make(chan struct{}, 1)}
	s.feed = feed.NewQueue(l, "lahti", board.NewQueueBoard(loc), feed.Options{Logger: quiet, OnChange: func() {
		select {
		case s.changed <- struct{}{}:
		default:
		}
	}})
	s.feed.Start()
	return s
}

// shows waits until the display's latest call is callID and returns how
// long it took, or fails after within.
func (s *screen) shows(t testing.TB, callID string, within time.Duration) time.Duration {
	t.Helper()
	start := time.Now()
	deadline := time.After(within)
	for s.feed.State().Latest.CallID != callID {
		select {
		case <-s.changed:
		case <-time.After(20 * time.Millisecond):
		case <-deadline:
			t.Fatalf("the queue display never showed %s within %s: %+v", callID, within, s.feed.State().Latest)
		}
	}
	return time.Since(start)
}

// caller is a clerk who calls the next visit of a queue to a room after a
// fault: each fault has its own, since a clerk serves one visit at a time
// and a room holds one.
type caller struct {
	login, service, room string
	user                 *user
}

var callers = []caller{{login: "vero", service: "vero-veroasiat", room: "6"},
	{login: "kela", service: "kela-asiointi", room: "5"}, {login: "neuvoja", service: "dvv-vaestotiedot", room: "4"}}

// converge has c call the next visit as soon as the hub is back and
// measures how long the display takes to show it, counted from the hub's
// return (healthy at back).
func converge(t testing.TB, s *screen, c caller, back time.Time) time.Duration {
	t.Helper()
	v := c.user.call(t, c.service, c.room)
	s.shows(t, v.CallID, 30*time.Second)
	return time.Since(back)
}
