package queue_test

import (
	"testing"
	"time"

	"vuoro/hub/queue"
)

// A kiosk shows each service's state before a tap: open, closed until the
// time it opens later today, paused, or full for the day.
func TestServiceStateSaysWhyNotOpen(t *testing.T) {
	f := newFixture(t) // Monday 23.11.2026 08:00 Helsinki
	var h queue.Hours
	h.Weekly[time.Monday] = []queue.Span{{Open: "09:00", Close: "11:00"}, {Open: "12:00", Close: "15:00"}}
	must(t, f.e.Configure("admin:juha", "veroasiat", queue.Settings{DailyCap: 1, Hours: h}))
	at := func(hh, mm int) time.Time { return time.Date(2026, 11, 23, hh, mm, 0, 0, helsinki) }
	steps := []struct {
		name  string
		do    func()
		now   time.Time
		state queue.ServiceState
	}{
		{"before opening", nil, at(8, 30), queue.ServiceState{State: queue.AvailClosed, OpensAt: "09:00"}},
		{"open", nil, at(9, 0), queue.ServiceState{State: queue.AvailOpen}},
		{"full after the day's only ticket", func() { f.clock.now = at(9, 0); f.issue("veroasiat") }, at(9, 5),
			queue.ServiceState{State: queue.AvailFull}},
		{"closed over lunch, full or not", nil, at(11, 30), queue.ServiceState{State: queue.AvailClosed, OpensAt: "12:00"}},
		{"closed for the rest of the day", nil, at(15, 0), queue.ServiceState{State: queue.AvailClosed}},
		{"paused, whatever the hours", func() { must(t, f.e.Pause("admin:juha", "veroasiat", true)) }, at(9, 30),
			queue.ServiceState{State: queue.AvailPaused}},
		{"a service with no hours or cap", nil, at(8, 30), queue.ServiceState{State: queue.AvailOpen}},
	}
	for i, s := range steps {
		if s.do != nil {
			s.do()
		}
		service := "veroasiat"
		if i == len(steps)-1 {
			service = "verokortit"
		}
		f.e.Read(func(st *queue.State) {
			if got := st.ServiceState(service, s.now); got != s.state {
				t.Errorf("%s: %+v, want %+v", s.name, got, s.state)
			}
		})
	}
}
