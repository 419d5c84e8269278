package board

import (
	"time"

	"vuoro/shared/wire"
)

// CounterState is what the display above a service point shows.
type CounterState struct {
	Room      string // "6"
	CallID    string // the call being served; empty when the room is free
	Flash     bool   // highlight CallID: it was called less than FlashFor ago
	Connected bool   // the hub is reachable; false shows a discreet note
}

// Counter is the view-model of the display above one room.
type Counter struct {
	room      string
	now       time.Time
	applied   bool
	seq       uint64
	log       hubLog // the hub log seq is from
	callID    string
	flash     flash
	connected bool
}

// NewCounter returns the view-model of the display above room; the room
// starts free.
func NewCounter(room string) *Counter { return &Counter{room: room} }

// Apply shows the room's state unless it is for another room or not newer
// than what the counter shows. A new call id flashes, except in the first
// state, which is the hub's retained state and no news. A state from
// another hub log (a new hub) starts the counter over, as the first.
// It reports whether the counter changed.
func (c *Counter) Apply(r *wire.RoomState) bool {
	if r.Room == c.room && c.log.changed(r.Log) {
		c.applied = false
	}
	if r.Room != c.room || c.applied && r.Seq <= c.seq {
		return false
	}
	if c.applied && r.CallID != "" && r.CallID != c.callID {
		c.flash.start()
	}
	c.applied, c.seq, c.callID = true, r.Seq, r.CallID
	return true
}

// SetConnected records whether the hub is reachable.
func (c *Counter) SetConnected(ok bool) { c.connected = ok }

// Tick advances the counter's clock to now.
func (c *Counter) Tick(now time.Time) {
	c.now = now
	c.flash.tick(now)
}

// State returns what the display shows now.
func (c *Counter) State() CounterState {
	return CounterState{
		Room:      c.room,
		CallID:    c.callID,
		Flash:     c.callID != "" && c.flash.on(c.now),
		Connected: c.connected,
	}
}
