package hubclient

import (
	"context"
	"sync"
	"time"

	"vuoro/shared/wire"
)

// live is what the client knows of the hub's liveness, from its heartbeats:
// when the last one came, the offset of the hub's clock to the kiosk's, and
// whether the hub counts as online. It also owns the client's background
// work (the liveness watch, cancels being re-sent).
type live struct {
	mu       sync.Mutex
	heard    time.Time     // the kiosk's clock at the last heartbeat; zero if none
	offset   time.Duration // hub clock minus kiosk clock at the last heartbeat
	log      string        // the hub's log identity at the last heartbeat
	join     string        // the join address of the last heartbeat
	online   bool          // as last told to the hooks
	onChange []func(online bool)

	ctx  context.Context // ended by Close
	halt context.CancelFunc
	wg   sync.WaitGroup
}

func newLive() *live {
	ctx, halt := context.WithCancel(context.Background())
	return &live{ctx: ctx, halt: halt}
}

// onHeartbeat notes a heartbeat from the hub. A hub that hangs keeps its
// TCP session up, so only the heartbeats tell whether it serves.
func (c *Client) onHeartbeat(payload []byte) {
	hb, err := wire.Decode[wire.Heartbeat](payload)
	if err != nil {
		c.opts.Logger.Warn("ignoring heartbeat", "err", err)
		return
	}
	now := c.opts.Now()
	l := c.live
	l.mu.Lock()
	if hb.Log != l.log && l.log != "" {
		c.opts.Logger.Info("the hub has a new event log (restarted or restored)")
	}
	l.heard, l.offset, l.log, l.join = now, hb.Time.Sub(now), hb.Log, hb.Join
	l.mu.Unlock()
	c.Tick(now)
}

// JoinURL is the address a phone opens to join a queue from the waiting
// room, as the hub's latest heartbeat gave it; empty while the hub is lost.
func (c *Client) JoinURL() string {
	if !c.Online() {
		return ""
	}
	c.live.mu.Lock()
	defer c.live.mu.Unlock()
	return c.live.join
}

// Online reports whether the hub is serving: a heartbeat came within
// wire.HeartbeatLost. False before the first heartbeat.
func (c *Client) Online() bool { return c.live.onlineAt(c.opts.Now()) }

// silentAt reports whether heartbeats were heard and have stopped: a hub
// that stopped or hangs, its connection perhaps still up. Before the first
// beat it says nothing.
func (l *live) silentAt(now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return !l.heard.IsZero() && now.Sub(l.heard) > wire.HeartbeatLost
}

func (l *live) onlineAt(now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return !l.heard.IsZero() && now.Sub(l.heard) <= wire.HeartbeatLost
}

// OnOnline adds fn to the hooks called, on the caller of Tick or on the
// link's goroutine, each time Online changes. fn must not block.
func (c *Client) OnOnline(fn func(online bool)) {
	c.live.mu.Lock()
	defer c.live.mu.Unlock()
	c.live.onChange = append(c.live.onChange, fn)
}

// Tick re-evaluates Online at now and calls the hooks if it changed. Start
// calls it four times a second; tests call it with their own clock.
func (c *Client) Tick(now time.Time) {
	online := c.live.onlineAt(now)
	l := c.live
	l.mu.Lock()
	changed := online != l.online
	l.online = online
	hooks := l.onChange
	l.mu.Unlock()
	if !changed {
		return
	}
	c.opts.Logger.Info("hub connection", "online", online)
	for _, fn := range hooks {
		fn(online)
	}
}

// HubNow is the hub's clock now, by the offset of the last heartbeat; ok
// is false before the first one.
func (c *Client) HubNow() (now time.Time, ok bool) { return c.live.hubTime(c.opts.Now()) }

// hubTime converts a time on the kiosk's clock to the hub's, by the offset
// of the last heartbeat; ok is false before the first one.
func (l *live) hubTime(t time.Time) (hub time.Time, ok bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.heard.IsZero() {
		return time.Time{}, false
	}
	return t.Add(l.offset), true
}

// Start runs the liveness watch until Close, so the hooks hear of a hub
// that went silent.
func (c *Client) Start() {
	c.live.wg.Go(func() {
		t := time.NewTicker(wire.HeartbeatEvery / 4)
		defer t.Stop()
		for {
			select {
			case <-c.live.ctx.Done():
				return
			case <-t.C:
				c.Tick(c.opts.Now())
			}
		}
	})
}

// Close stops the liveness watch and the re-sending of cancels, and waits
// for them.
func (c *Client) Close() {
	c.live.halt()
	c.live.wg.Wait()
}
