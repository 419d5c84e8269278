package hubclient

import (
	"context"
	"fmt"

	"vuoro/kiosk/flow"
	"vuoro/shared/wire"
)

// Help tells the hub that the citizen at the kiosk needs help and waits
// until the hub has recorded it: it returns the hub's id of the request.
// It re-sends the same request every Retry until the hub answers or ctx
// ends (the error then wraps ErrNoReply), so give ctx a deadline.
func (c *Client) Help(ctx context.Context, call flow.HelpCall) (uint64, error) {
	req := &wire.HelpRequest{Header: wire.NewHeader(c.opts.Now()), Device: c.opts.Device, Lang: call.Lang, Screen: call.Screen}
	ack := make(chan uint64, 1)
	c.mu.Lock()
	if call.AfterTicket {
		req.TicketRequest = c.lastTicket
	}
	c.helpWait[req.ID] = ack
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		delete(c.helpWait, req.ID)
		c.mu.Unlock()
	}()
	id, err := resend(c, ctx, wire.KindHelp, req, req.ID, ack)
	if err != nil {
		return 0, fmt.Errorf("hubclient: help: %w", err)
	}
	return id, nil
}

// OnHelpState calls fn with every help state the hub publishes for this
// kiosk, the latest one first if one has come.
func (c *Client) OnHelpState(fn func(*wire.HelpState)) {
	c.mu.Lock()
	c.onHelp = fn
	last := c.helpState
	c.mu.Unlock()
	if last != nil {
		fn(last)
	}
}

// onHelpState answers a Help waiting for the hub's record of its request
// and hands the state on.
func (c *Client) onHelpState(payload []byte) {
	h, err := wire.Decode[wire.HelpState](payload)
	if err != nil || h.Device != c.opts.Device {
		c.opts.Logger.Warn("ignoring help state", "err", err)
		return
	}
	c.mu.Lock()
	c.helpState = h
	ack, fn := c.helpWait[h.RequestID], c.onHelp
	c.mu.Unlock()
	if ack != nil && h.RequestID != "" {
		select {
		case ack <- h.Help:
		default: // answered already
		}
	}
	if fn != nil {
		fn(h)
	}
}
