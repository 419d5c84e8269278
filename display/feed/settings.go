package feed

import (
	"maps"
	"slices"
	"time"

	"vuoro/display/board"
	"vuoro/shared/wire"
)

// SettingsOf is the hub's configuration of a display as its view-models
// use it; nil (no configuration, or one cleared) is board.DefaultSettings.
func SettingsOf(c *wire.DisplayConfig) board.Settings {
	if c == nil {
		return board.DefaultSettings()
	}
	s := board.Settings{Rooms: slices.Clone(c.Rooms), Languages: slices.Clone(c.Languages), Sound: c.Sound,
		Volume: c.Volume, Info: maps.Clone(c.Info), Highlight: time.Duration(c.HighlightSeconds) * time.Second,
		JoinQR: c.JoinQR, CallLight: c.CallLight}
	if s.Highlight == 0 {
		s.Highlight = board.FlashFor
	}
	if c.WaitingArea != "" && len(s.Rooms) == 0 {
		s.Rooms = []string{noRoom} // an area with no rooms yet has no calls, not every room's
	}
	return s
}

// noRoom is a room id no call ever goes to (a room's id is never empty).
const noRoom = ""

// followConfig subscribes to the display's own configuration and calls
// apply with it (nil when the hub cleared it) under the feed's lock, then
// the callbacks. An empty retained message is the hub clearing it.
func (c *core) followConfig(apply func(*wire.DisplayConfig) board.Settings) {
	if c.opts.Device == "" {
		return
	}
	topic := wire.Topic{Kind: wire.KindDisplayConfig, Site: c.site, ID: c.opts.Device}.String()
	c.link.Subscribe(topic, func(payload []byte) {
		var cfg *wire.DisplayConfig
		if len(payload) > 0 {
			m, err := wire.Decode[wire.DisplayConfig](payload)
			if err != nil || m.Device != c.opts.Device {
				c.reject(topic, len(payload), faultOr(err, "another device's"))
				return
			}
			cfg = m
		}
		var s board.Settings
		c.locked(func() { s = apply(cfg) })
		c.opts.OnSettings(s)
		c.opts.OnChange()
	})
}

// faultOr is fault(err), or why when err is nil.
func faultOr(err error, why string) string {
	if err == nil {
		return why
	}
	return fault(err)
}
