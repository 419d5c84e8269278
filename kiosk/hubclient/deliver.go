package hubclient

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"vuoro/shared/wire"
)

// Outbox is where the kiosk keeps the tickets it issued offline;
// *outbox.Outbox is one.
type Outbox interface {
	Pending() ([]wire.OfflineTicket, error)
	Remove(requestID string) error
}

// acks are the deliveries waiting for the hub's ack, by request id.
type acks struct {
	mu   sync.Mutex
	wait map[string]chan *wire.OfflineAck
}

// Deliver sends an offline ticket to the hub, again every Retry, until the
// hub acknowledges it or ctx ends (the error then wraps ErrNoReply).
func (c *Client) Deliver(ctx context.Context, t wire.OfflineTicket) (*wire.OfflineAck, error) {
	c.subscribeAcks()
	ch := make(chan *wire.OfflineAck, 1)
	c.acks.mu.Lock()
	c.acks.wait[t.ID] = ch
	c.acks.mu.Unlock()
	defer func() {
		c.acks.mu.Lock()
		delete(c.acks.wait, t.ID)
		c.acks.mu.Unlock()
	}()
	ack, err := resend(c, ctx, wire.KindOffline, &t, t.ID, ch)
	if err != nil {
		return nil, fmt.Errorf("hubclient: deliver: %w", err)
	}
	c.reach.answeredAt(c.opts.Now())
	return ack, nil
}

// Drain delivers every ticket of box, oldest check-in first, each with
// wait to be acknowledged, and removes those the hub acknowledged. It
// stops at the first ticket the hub does not answer. It returns how many
// it delivered.
func (c *Client) Drain(ctx context.Context, box Outbox, wait time.Duration) (int, error) {
	pending, err := box.Pending()
	if err != nil {
		return 0, err
	}
	n := 0
	for _, t := range pending {
		dctx, cancel := context.WithTimeout(ctx, wait)
		ack, err := c.Deliver(dctx, t)
		cancel()
		if err != nil {
			return n, err
		}
		if ack.Outcome == wire.OfflineRefused { // kept nowhere else: say so loudly, by number only
			c.opts.Logger.Error("the hub refused an offline ticket", "call_id", t.CallID, "service", t.Service, "err", ack.Error.Message)
		}
		if err := box.Remove(t.ID); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// subscribeAcks subscribes to the kiosk's acks at the first delivery.
func (c *Client) subscribeAcks() {
	c.acks.mu.Lock()
	first := c.acks.wait == nil
	if first {
		c.acks.wait = map[string]chan *wire.OfflineAck{}
	}
	c.acks.mu.Unlock()
	if first {
		c.link.Subscribe(c.topic(wire.KindOfflineAck), c.onAck)
	}
}

func (c *Client) onAck(payload []byte) {
	a, err := wire.Decode[wire.OfflineAck](payload)
	if err != nil {
		c.opts.Logger.Warn("ignoring offline ack", "err", err)
		return
	}
	c.acks.mu.Lock()
	ch := c.acks.wait[a.RequestID]
	c.acks.mu.Unlock()
	if ch != nil {
		select {
		case ch <- a:
		default:
		}
	}
}

// reach is whether the hub answered lately: after a request it did not
// answer, the hub counts as unreachable for ProbeAfter, or until it
// answers another.
type reach struct {
	mu       sync.Mutex
	failed   time.Time // the last request the hub did not answer
	answered time.Time
}

func (r *reach) noted(now time.Time, err error) {
	if errors.Is(err, ErrNoReply) {
		r.mu.Lock()
		r.failed = now
		r.mu.Unlock()
	}
}

func (r *reach) answeredAt(now time.Time) {
	r.mu.Lock()
	r.answered = now
	r.mu.Unlock()
}

// ProbeAfter is how long a kiosk whose request got no reply counts the hub
// as unreachable before it asks it again.
const ProbeAfter = 30 * time.Second

// Reachable reports whether the kiosk should ask the hub: the link is up,
// the hub's heartbeats have not stopped (a hung hub keeps the link up), and
// no request went unanswered in the last ProbeAfter (or one was answered
// since). The kiosk's flow issues from its blocks when it is false.
func (c *Client) Reachable() bool {
	if c.connected != nil && !c.connected() || c.live.silentAt(c.opts.Now()) {
		return false
	}
	c.reach.mu.Lock()
	defer c.reach.mu.Unlock()
	return c.reach.failed.IsZero() || c.reach.answered.After(c.reach.failed) || c.opts.Now().Sub(c.reach.failed) > ProbeAfter
}
