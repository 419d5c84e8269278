package board

import (
	"time"

	"vuoro/shared/wire"
)

// liveness tells whether the hub is serving, as a display sees it: its MQTT
// session is up AND its heartbeat came within wire.HeartbeatLost on the
// Tick clock. A hung hub keeps the session up, so only the heartbeat tells
// it apart from a live one. A heartbeat is timed at the Tick before it, so
// the view-model needs no clock of its own and errs towards "lost": the
// display notices a silent hub at most HeartbeatLost plus one Tick period
// after the last beat.
type liveness struct {
	link  bool      // the MQTT session is up
	heard time.Time // the Tick before the last heartbeat
	beats bool      // a heartbeat has come since the first Tick
	now   time.Time
}

func (l *liveness) beat() { l.heard, l.beats = l.now, !l.now.IsZero() }

func (l *liveness) tick(now time.Time) { l.now = now }

// ok reports whether the hub is serving. Before the first heartbeat it is
// not: the display says so until the hub is heard.
func (l *liveness) ok() bool {
	return l.link && l.beats && l.now.Sub(l.heard) <= wire.HeartbeatLost
}

// ApplyHeartbeat notes the hub's heartbeat. It reports whether the join
// address changed (a new minute's code); the liveness it notes shows at
// the next Tick.
func (b *QueueBoard) ApplyHeartbeat(hb *wire.Heartbeat) bool {
	b.live.beat()
	if hb.Join == b.join {
		return false
	}
	b.join = hb.Join
	return true
}

// ApplyHeartbeat notes the hub's heartbeat. It reports false: the state
// it changes shows at the next Tick.
func (c *Counter) ApplyHeartbeat(*wire.Heartbeat) bool { c.live.beat(); return false }
