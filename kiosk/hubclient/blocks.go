package hubclient

import "vuoro/shared/wire"

// OnBlocks calls fn with every block set the hub publishes for this kiosk,
// the retained one first. A malformed set, or another kiosk's, is ignored.
func (c *Client) OnBlocks(fn func(*wire.BlockSet)) {
	c.link.Subscribe(c.topic(wire.KindBlocks), func(payload []byte) {
		b, err := wire.Decode[wire.BlockSet](payload)
		if err != nil || b.Device != c.opts.Device {
			c.opts.Logger.Warn("ignoring block set", "err", err)
			return
		}
		fn(b)
	})
}

// SetConnected tells the client how to know whether its link is up, for
// Reachable; *devlink.Link's Connected is one.
func (c *Client) SetConnected(fn func() bool) { c.connected = fn }
