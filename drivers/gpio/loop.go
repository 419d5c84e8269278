package gpio

import (
	"context"
	"time"

	"periph.io/x/conn/v3/gpio"
)

// idleWait bounds every wait for an edge, so that a loop sees its ctx
// done within this time.
const idleWait = 100 * time.Millisecond

// sampleFunc takes the pin's level after a wait and returns when it wants
// to look again without an edge, or the zero time for no such deadline.
type sampleFunc func(l gpio.Level, edge bool, now time.Time) (next time.Time)

// watch waits for edges on pin and samples it until ctx is done, which it
// returns.
func watch(ctx context.Context, pin gpio.PinIn, clk Clock, sample sampleFunc) error {
	var next time.Time
	for ctx.Err() == nil {
		edge := pin.WaitForEdge(waitFor(clk.Now(), next))
		next = sample(pin.Read(), edge, clk.Now())
	}
	return ctx.Err()
}

// waitFor returns how long to wait for an edge: until next, at least 1 ms,
// at most idleWait.
func waitFor(now, next time.Time) time.Duration {
	if next.IsZero() {
		return idleWait
	}
	return min(max(next.Sub(now), time.Millisecond), idleWait)
}

// earliest returns the earlier of two deadlines; the zero time is none.
func earliest(a, b time.Time) time.Time {
	if a.IsZero() || !b.IsZero() && b.Before(a) {
		return b
	}
	return a
}
