// Package feed connects the displays' view-models to the hub: it subscribes
// a board.QueueBoard or a board.Counter to their topics through the device's
// link, decodes every payload with wire.Decode and applies it under a mutex.
//
// A payload that does not decode is logged (its topic, size and the kind of
// fault, never its contents) and counted, and the display carries on with
// what it shows. After every message that changes the view-model the feed
// calls OnChange, on the link's goroutine; the callback reads State and hands
// the rendering to the user-interface goroutine.
package feed

import (
	"errors"
	"log/slog"
	"sync"
	"sync/atomic"

	"vuoro/display/board"
	"vuoro/shared/wire"
)

// Link is what the feed needs from the device's connection to the hub;
// *devlink.Link provides it.
type Link interface {
	// Subscribe calls h with every payload on topic, on the link's goroutine.
	Subscribe(topic string, h func(payload []byte))
	// Connected reports whether the hub is reachable now.
	Connected() bool
}

// Options configure a feed. Zero values take the defaults.
type Options struct {
	Logger   *slog.Logger // slog.Default() when nil
	OnChange func()       // called after each message that changed the state
	// OnCall is called with each call the view-model takes as news, for
	// the display to announce it (calls.go); nil: none.
	OnCall func(board.Entry)
	// Device is the display's own id: the feed follows its configuration
	// from the hub (vuoro/v1/{site}/device/{device}/config). Empty: the
	// display keeps board.DefaultSettings.
	Device string
	// OnSettings is called with the display's settings each time the hub
	// sends its configuration, on the link's goroutine, after the board
	// took them and before OnChange.
	OnSettings func(board.Settings)
}

func (o Options) withDefaults() Options {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.OnChange == nil {
		o.OnChange = func() {}
	}
	if o.OnCall == nil {
		o.OnCall = func(board.Entry) {}
	}
	if o.OnSettings == nil {
		o.OnSettings = func(board.Settings) {}
	}
	return o
}

// core is what both feeds share: the link, the lock over the view-model
// and the count of rejected payloads.
type core struct {
	link     Link
	site     string
	opts     Options
	mu       sync.Mutex
	news     []board.Entry // calls taken, for OnCall once unlocked (calls.go)
	rejected atomic.Uint64
}

// Rejected returns how many payloads the feed has rejected so far.
func (c *core) Rejected() uint64 { return c.rejected.Load() }

// locked runs f with the view-model locked.
func (c *core) locked(f func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f()
}

// subscribe decodes every payload on topic as a T and applies it; apply
// reports whether the view-model changed.
func subscribe[T any, P interface {
	*T
	wire.Message
}](c *core, topic string, apply func(*T) bool) {
	c.link.Subscribe(topic, func(payload []byte) {
		m, err := wire.Decode[T, P](payload)
		if err != nil {
			c.reject(topic, len(payload), fault(err))
			return
		}
		var changed bool
		var news []board.Entry
		c.locked(func() { changed, news = apply(m), c.takeNews() })
		for _, e := range news {
			c.opts.OnCall(e)
		}
		if changed {
			c.opts.OnChange()
		}
	})
}

func (c *core) reject(topic string, size int, why string) {
	n := c.rejected.Add(1)
	c.opts.Logger.Warn("display feed: payload rejected",
		"topic", topic, "bytes", size, "fault", why, "rejected", n)
}

// fault names the kind of decoding error without quoting the payload,
// which the detail of a JSON error may do.
func fault(err error) string {
	for _, f := range []struct {
		err  error
		name string
	}{
		{wire.ErrTooLarge, "too large"},
		{wire.ErrMalformed, "malformed"},
		{wire.ErrVersion, "protocol version"},
		{wire.ErrInvalid, "invalid"},
	} {
		if errors.Is(err, f.err) {
			return f.name
		}
	}
	return "undecodable"
}
