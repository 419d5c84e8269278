package hubclient

import (
	"context"
	"time"

	"vuoro/shared/wire"
)

// deadlineMargin is how much earlier than the kiosk gives up the hub must
// have decided a request: the time for the reply to come back.
const deadlineMargin = time.Second

// deadline is when the hub must have decided a request the kiosk waits for
// until ctx ends, in the hub's time.
//
// Clock skew: the kiosk's and the hub's clocks may differ by minutes. The
// hub stamps each heartbeat with its clock; the kiosk keeps the offset
// (hub minus kiosk, at receipt) and converts its own give-up time to the
// hub's clock, so the hub compares the deadline with its own clock only.
// The heartbeat's travel time makes the offset smaller than the truth,
// which moves the deadline earlier: the hub refuses a little early, never
// late. Without a heartbeat yet, or without a deadline on ctx, there is no
// deadline and only the cancel guards.
func (c *Client) deadline(ctx context.Context) time.Time {
	giveUp, ok := ctx.Deadline()
	if !ok {
		return time.Time{}
	}
	local := c.opts.Now().Add(time.Until(giveUp)) // ctx's deadline is on the wall clock
	hub, ok := c.live.hubTime(local.Add(-deadlineMargin))
	if !ok {
		return time.Time{}
	}
	return hub
}

// giveUp cancels a ticket request the kiosk got no answer to: it sends a
// TicketCancel with the request's id, again every Retry, until the hub
// acknowledges it, CancelFor has passed or Close. The hub then voids the
// ticket it may have issued, or refuses the request if it comes late, so a
// number the citizen never got does not wait in a queue.
func (c *Client) giveUp(request string) {
	m := &wire.TicketCancel{Header: wire.NewHeader(c.opts.Now()), Device: c.opts.Device, RequestID: request}
	acked := make(chan struct{}, 1)
	c.mu.Lock()
	c.cancels[request] = acked
	c.mu.Unlock()
	c.live.wg.Go(func() {
		defer func() {
			c.mu.Lock()
			delete(c.cancels, request)
			c.mu.Unlock()
		}()
		ctx, cancel := context.WithTimeout(c.live.ctx, c.opts.CancelFor)
		defer cancel()
		if _, err := resend(c, ctx, wire.KindTicketCancel, m, request, acked); err != nil {
			c.opts.Logger.Error("ticket cancel not acknowledged by the hub", "request", request, "err", err)
			return
		}
		c.opts.Logger.Info("ticket request cancelled", "request", request)
	})
}

// cancelAcked hands the hub's acknowledgement of a cancel to the giveUp
// waiting for it, and reports whether r was one.
func (c *Client) cancelAcked(r *wire.TicketReply) bool {
	if r.Error == nil || r.Error.Code != wire.ErrCodeCancelled {
		return false
	}
	c.mu.Lock()
	ch, ok := c.cancels[r.RequestID]
	c.mu.Unlock()
	if ok {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
	return ok
}
