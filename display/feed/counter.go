package feed

import (
	"time"

	"vuoro/display/board"
	"vuoro/shared/wire"
)

// Counter feeds a counter display from its room's topic.
type Counter struct {
	core
	room    string
	counter *board.Counter
	set     board.Settings // the display's, from the hub
}

// NewCounter returns a feed of c, the view-model of room, from site's topic
// of that room over link. It subscribes on Start.
func NewCounter(link Link, site, room string, c *board.Counter, o Options) *Counter {
	return &Counter{core: core{link: link, site: site, opts: o.withDefaults()}, room: room, counter: c, set: board.DefaultSettings()}
}

// Start subscribes the counter to its configuration and its room's
// retained state.
func (c *Counter) Start() {
	c.followConfig(func(cfg *wire.DisplayConfig) board.Settings { c.set = SettingsOf(cfg); return c.set })
	topic := wire.Topic{Kind: wire.KindRoom, Site: c.site, ID: c.room}.String()
	subscribe(&c.core, topic, c.apply)
	subscribe(&c.core, wire.Topic{Kind: wire.KindHeartbeat, Site: c.site}.String(), c.counter.ApplyHeartbeat)
}

// Tick passes the time and the link's state to the counter.
func (c *Counter) Tick(now time.Time) {
	c.locked(func() {
		c.counter.SetConnected(c.link.Connected())
		c.counter.Tick(now)
	})
}

// Light reports whether the call light should be lit now.
func (c *Counter) Light() (on bool) {
	c.locked(func() { on = c.counter.Light() })
	return on
}

// State returns what the display shows now.
func (c *Counter) State() (s board.CounterState) {
	c.locked(func() { s = c.counter.State() })
	return s
}

// Settings returns the display's settings now.
func (c *Counter) Settings() (s board.Settings) {
	c.locked(func() { s = c.set })
	return s
}
