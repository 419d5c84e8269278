package gpio

import (
	"testing"
	"time"

	"periph.io/x/conn/v3/gpio"
)

func TestWaitFor(t *testing.T) {
	for _, tc := range []struct {
		next time.Time
		want time.Duration
	}{
		{time.Time{}, idleWait},
		{ms(1030), 30 * time.Millisecond},
		{ms(1000), time.Millisecond},
		{ms(900), time.Millisecond},
		{ms(5000), idleWait},
	} {
		if got := waitFor(ms(1000), tc.next); got != tc.want {
			t.Errorf("waitFor(1000 ms, %v) = %v, want %v", tc.next.Sub(t0), got, tc.want)
		}
	}
}

func TestEarliest(t *testing.T) {
	var zero time.Time
	for _, tc := range [][3]time.Time{
		{zero, zero, zero}, {ms(1), zero, ms(1)}, {zero, ms(2), ms(2)}, {ms(3), ms(2), ms(2)}, {ms(1), ms(2), ms(1)},
	} {
		if got := earliest(tc[0], tc[1]); !got.Equal(tc[2]) {
			t.Errorf("earliest(%v, %v) = %v", tc[0], tc[1], got)
		}
	}
}

func TestDebouncerSample(t *testing.T) {
	d := newDebouncer(30*time.Millisecond, up, ms(0))
	steps := []struct {
		l       bool
		edge    bool
		at      int
		changed bool
		since   int
	}{
		{false, true, 100, false, 0},   // down: a candidate
		{false, false, 120, false, 0},  // 20 ms: not yet
		{false, false, 130, true, 100}, // 30 ms: accepted, dated 100
		{true, true, 200, false, 0},
		{true, true, 210, false, 0},  // a missed edge: the wait starts again
		{true, false, 239, false, 0}, // 29 ms after the last edge
		{true, false, 240, true, 210},
	}
	for i, s := range steps {
		changed, since := d.sample(levelOf(s.l), s.edge, ms(s.at))
		if changed != s.changed || changed && !since.Equal(ms(s.since)) {
			t.Fatalf("step %d: changed %v since %v", i, changed, since.Sub(t0))
		}
	}
}

func levelOf(high bool) gpio.Level { return gpio.Level(high) }
