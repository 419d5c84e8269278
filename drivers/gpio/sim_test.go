package gpio

import (
	"sync"
	"testing"
	"time"

	"periph.io/x/conn/v3/gpio"
	"periph.io/x/conn/v3/gpio/gpiotest"
)

var t0 = time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)

// ms is a time in a simulation: milliseconds after t0.
func ms(n int) time.Time { return t0.Add(time.Duration(n) * time.Millisecond) }

// simClock is a simulation's clock: it moves only when the simulation
// moves it. After moves it at once to the deadline and fires, so a Blink
// runs as fast as it can; past stopAt, After calls stop and never fires.
type simClock struct {
	mu     sync.Mutex
	now    time.Time
	stopAt time.Time
	stop   func()
}

func (c *simClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// set moves the clock to t, never back.
func (c *simClock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t.After(c.now) {
		c.now = t
	}
}

func (c *simClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.now.Add(d)
	if !c.stopAt.IsZero() && t.After(c.stopAt) {
		c.stop()
		return nil
	}
	c.now = t
	ch := make(chan time.Time, 1)
	ch <- t
	return ch
}

// edge is a level the simulated pin takes at a time.
type edge struct {
	ms int
	l  gpio.Level
}

// simPin is a gpiotest.Pin whose edges come from a script on a simClock:
// WaitForEdge moves the clock to the next edge, or by its timeout when
// that comes first. Once the script is played and the clock is past end,
// it calls stop.
type simPin struct {
	*gpiotest.Pin
	clock  *simClock
	script []edge
	end    time.Time
	stop   func()
}

func newSimPin(clock *simClock, script ...edge) *simPin {
	last := 0
	if len(script) > 0 {
		last = script[len(script)-1].ms
	}
	return &simPin{
		Pin:    &gpiotest.Pin{N: "SIM", EdgesChan: make(chan gpio.Level)},
		clock:  clock,
		script: script,
		end:    ms(last + 5000),
	}
}

func (p *simPin) WaitForEdge(timeout time.Duration) bool {
	limit := p.clock.Now().Add(timeout)
	if len(p.script) > 0 && !ms(p.script[0].ms).After(limit) {
		e := p.script[0]
		p.script = p.script[1:]
		p.clock.set(ms(e.ms))
		p.Out(e.l)
		return true
	}
	p.clock.set(limit)
	if len(p.script) == 0 && !p.clock.Now().Before(p.end) {
		p.stop()
	}
	return false
}

// recPin is a gpiotest.Pin that logs every level set, with the time.
type recPin struct {
	*gpiotest.Pin
	clock Clock
	log   []edge
}

func (p *recPin) Out(l gpio.Level) error {
	p.log = append(p.log, edge{int(p.clock.Now().Sub(t0) / time.Millisecond), l})
	return p.Pin.Out(l)
}

func checkEdges(t *testing.T, got, want []edge) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("levels %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("levels %v, want %v", got, want)
		}
	}
}
