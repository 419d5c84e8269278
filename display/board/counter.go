package board

import (
	"time"

	"vuoro/shared/wire"
)

// CounterState is what the display above a service point shows.
type CounterState struct {
	Room   string // "6"
	CallID string // the call being served; empty when the room is free
	Flash  bool   // highlight CallID: it was called less than FlashFor ago
	// Connected: the hub is reachable and its heartbeat is recent. False
	// shows the connection-lost notice, and the calls dimmed: they may be
	// stale.
	Connected bool
}

// Counter is the view-model of the display above one room.
type Counter struct {
	room    string
	now     time.Time
	applied bool
	seq     uint64
	log     hubLog // the hub log seq is from
	callID  string
	visit   uint64 // the hub's key of the visit served; 0 from an older hub
	flash   flash
	live    liveness
}

// NewCounter returns the view-model of the display above room; the room
// starts free.
func NewCounter(room string) *Counter { return &Counter{room: room} }

// Apply shows the room's state unless it is for another room or not newer
// than what the counter shows. A new visit flashes, even one with the call
// id of the last, except in the first state, which is the hub's retained
// state and no news. A state from another hub log (a new hub) starts the
// counter over, as the first. It reports whether the counter changed.
func (c *Counter) Apply(r *wire.RoomState) bool {
	if r.Room == c.room && c.log.changed(r.Log) {
		c.applied = false
	}
	if r.Room != c.room || c.applied && r.Seq <= c.seq {
		return false
	}
	if c.applied && r.CallID != "" && (r.CallID != c.callID || r.Visit != c.visit) {
		c.flash.start()
	}
	c.applied, c.seq, c.callID, c.visit = true, r.Seq, r.CallID, r.Visit
	return true
}

// SetConnected records whether the MQTT session to the hub is up.
func (c *Counter) SetConnected(ok bool) { c.live.link = ok }

// Tick advances the counter's clock to now.
func (c *Counter) Tick(now time.Time) {
	c.now = now
	c.flash.tick(now)
	c.live.tick(now)
}

// State returns what the display shows now.
func (c *Counter) State() CounterState {
	return CounterState{
		Room:      c.room,
		CallID:    c.callID,
		Flash:     c.callID != "" && c.flash.on(c.now),
		Connected: c.live.ok(),
	}
}
