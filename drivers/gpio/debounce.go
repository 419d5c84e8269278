package gpio

import (
	"time"

	"periph.io/x/conn/v3/gpio"
)

// debouncer accepts a pin's level once it has lasted wait with no edge: a
// bouncing contact gives one change.
type debouncer struct {
	wait   time.Duration
	stable gpio.Level // the accepted level
	cand   gpio.Level // the level last seen
	since  time.Time  // when cand was seen first, or its last edge
}

func newDebouncer(wait time.Duration, l gpio.Level, now time.Time) *debouncer {
	return &debouncer{wait: wait, stable: l, cand: l, since: now}
}

// sample takes level l read at now; edge says the pin reported an edge.
// It returns true and the time the new level began when the accepted level
// changes. The level seen last is accepted when it lasted wait before now,
// so a late sample still dates the change right.
func (d *debouncer) sample(l gpio.Level, edge bool, now time.Time) (bool, time.Time) {
	changed, at := false, time.Time{}
	if d.cand != d.stable && now.Sub(d.since) >= d.wait {
		d.stable, changed, at = d.cand, true, d.since
	}
	if edge || l != d.cand {
		d.cand, d.since = l, now
	}
	return changed, at
}

// settleAt returns when the level last seen will be accepted if no edge
// comes first, or the zero time when it is the accepted level.
func (d *debouncer) settleAt() time.Time {
	if d.cand == d.stable {
		return time.Time{}
	}
	return d.since.Add(d.wait)
}

// heldUntil returns until when the accepted level is known to have lasted:
// now, or the start of a change not yet accepted.
func (d *debouncer) heldUntil(now time.Time) time.Time {
	if d.cand == d.stable {
		return now
	}
	return d.since
}
