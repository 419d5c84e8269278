package board

import (
	"time"

	"vuoro/shared/wire"
)

// liveness tells whether the hub is serving, as a display sees it: its MQTT
// session is up AND its heartbeat came within wire.HeartbeatLost on the
// Tick clock. A hung hub keeps the session up, so only the heartbeat tells
// it apart from a live one. A heartbeat is timed at the next Tick, as a
// flash is, so the view-model needs no clock of its own.
type liveness struct {
	link    bool      // the MQTT session is up
	pending bool      // a heartbeat came since the last Tick
	heard   time.Time // the Tick at or after the last heartbeat
	now     time.Time
}

func (l *liveness) beat() { l.pending = true }

func (l *liveness) tick(now time.Time) {
	l.now = now
	if l.pending {
		l.pending, l.heard = false, now
	}
}

// ok reports whether the hub is serving. Before the first heartbeat it is
// not: the display says so until the hub is heard.
func (l *liveness) ok() bool {
	return l.link && !l.heard.IsZero() && l.now.Sub(l.heard) <= wire.HeartbeatLost
}

// ApplyHeartbeat notes the hub's heartbeat; it counts from the next Tick.
// It reports false: the state changes at that Tick.
func (b *QueueBoard) ApplyHeartbeat(*wire.Heartbeat) bool { b.live.beat(); return false }

// ApplyHeartbeat notes the hub's heartbeat; it counts from the next Tick.
// It reports false: the state changes at that Tick.
func (c *Counter) ApplyHeartbeat(*wire.Heartbeat) bool { c.live.beat(); return false }
