package board

import (
	"time"

	"vuoro/shared/wire"
)

// CounterState is what the display above a service point shows.
type CounterState struct {
	Room   string          // "6"
	Status wire.RoomStatus // closed, paused, open (please wait), called, serving
	CallID string          // the call called or served; empty when none
	Flash  bool            // highlight CallID: it was called less than FlashFor ago
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
	status  wire.RoomStatus
	callID  string
	visit   uint64 // the hub's key of the visit served; 0 from an older hub
	recalls int    // the times the hub called the visit again
	flash   flash
	live    liveness
}

// NewCounter returns the view-model of the display above room; the room
// starts closed until the hub says otherwise.
func NewCounter(room string) *Counter { return &Counter{room: room, status: wire.RoomClosed} }

// Apply shows the room's state unless it is for another room or not newer
// than what the counter shows. A new visit flashes, even one with the call
// id of the last, and so does a recall of the visit called (a state with
// more recalls), except in the first state, which is the hub's retained
// state and no news. A state from another hub log (a new hub) starts the
// counter over, as the first. It reports whether the counter changed.
func (c *Counter) Apply(r *wire.RoomState) bool {
	if r.Room == c.room && c.log.changed(r.Log) {
		c.applied = false
	}
	if r.Room != c.room || c.applied && r.Seq <= c.seq {
		return false
	}
	if c.applied && c.news(r) {
		c.flash.start()
	}
	c.applied, c.seq, c.callID, c.visit, c.recalls, c.status = true, r.Seq, r.CallID, r.Visit, r.Recalls, r.Current()
	return true
}

// news reports whether r calls someone to the room: another visit, or the
// visit called again.
func (c *Counter) news(r *wire.RoomState) bool {
	switch {
	case r.CallID == "":
		return false
	case r.CallID != c.callID || r.Visit != c.visit:
		return true
	}
	return r.Current() == wire.RoomCalled && r.Recalls > c.recalls
}

// SetConnected records whether the MQTT session to the hub is up.
func (c *Counter) SetConnected(ok bool) { c.live.link = ok }

// Light reports whether the call light is lit: from a call until its
// visit begins, the room closes or pauses, or the room is free again.
func (c *Counter) Light() bool { return c.status == wire.RoomCalled }

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
		Status:    c.status,
		CallID:    c.callID,
		Flash:     c.status == wire.RoomCalled && c.flash.on(c.now),
		Connected: c.live.ok(),
	}
}
