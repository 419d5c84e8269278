package hubclient

import (
	"context"
	"fmt"
	"time"

	"vuoro/shared/wire"
)

// Issue asks the hub for a ticket to service and waits for it. It re-sends
// the same request every Retry until the hub answers or ctx ends, so give
// ctx a deadline: the request carries it, in the hub's time, and when ctx
// ends unanswered Issue cancels the request (see giveUp). A refusal is a
// *RefusedError.
func (c *Client) Issue(ctx context.Context, service, lang string) (wire.Ticket, error) {
	req := &wire.TicketRequest{Header: wire.NewHeader(c.opts.Now()),
		Device: c.opts.Device, Service: service, Lang: lang, Persons: 1, Deadline: c.deadline(ctx)}
	if err := req.Validate(); err != nil {
		return wire.Ticket{}, fmt.Errorf("hubclient: %w", err)
	}
	replies := c.await(req.ID)
	defer c.forget(req.ID)
	reply, err := c.exchange(ctx, req, replies)
	if err != nil {
		c.forget(req.ID)
		c.giveUp(req.ID) // a ticket issued late must not wait in a queue
		return wire.Ticket{}, err
	}
	if reply.Error != nil {
		return wire.Ticket{}, &RefusedError{Code: reply.Error.Code, Message: reply.Error.Message}
	}
	c.mu.Lock()
	c.lastTicket = req.ID
	c.mu.Unlock()
	t := *reply.Ticket
	t.Request = req.ID
	return t, nil
}

// exchange publishes req until its reply arrives on replies.
func (c *Client) exchange(ctx context.Context, req *wire.TicketRequest, replies <-chan *wire.TicketReply) (*wire.TicketReply, error) {
	r, err := resend(c, ctx, wire.KindTicket, req, req.ID, replies)
	if err != nil {
		c.reach.noted(c.opts.Now(), err)
	} else {
		c.reach.answeredAt(c.opts.Now())
	}
	return r, err
}

// resend publishes m to the kiosk's topic of kind k, again every Retry,
// until an answer arrives or ctx ends.
func resend[T any](c *Client, ctx context.Context, k wire.Kind, m wire.Message, id string, answers <-chan T) (T, error) {
	topic := c.topic(k)
	retry := time.NewTicker(c.opts.Retry)
	defer retry.Stop()
	var lastErr error
	for attempt := 1; ; attempt++ {
		if err := c.link.Publish(topic, m, false); err != nil {
			lastErr = err
			c.opts.Logger.Warn("request not sent", "kind", k, "request", id, "attempt", attempt, "err", err)
		}
		select {
		case r := <-answers:
			return r, nil
		case <-ctx.Done():
			var zero T
			return zero, noReply(id, attempt, ctx.Err(), lastErr)
		case <-retry.C:
		}
	}
}

func (c *Client) await(id string) <-chan *wire.TicketReply {
	ch := make(chan *wire.TicketReply, 1)
	c.mu.Lock()
	c.waiting[id] = ch
	c.mu.Unlock()
	return ch
}

func (c *Client) forget(id string) {
	c.mu.Lock()
	delete(c.waiting, id)
	c.mu.Unlock()
}

// onReply hands a reply to the Issue waiting for it. Replies to repeated
// requests and to requests given up on find no one and are dropped.
func (c *Client) onReply(payload []byte) {
	r, err := wire.Decode[wire.TicketReply](payload)
	if err != nil {
		c.opts.Logger.Warn("ignoring ticket reply", "err", err)
		return
	}
	c.mu.Lock()
	ch, ok := c.waiting[r.RequestID]
	c.mu.Unlock()
	if !ok {
		if !c.cancelAcked(r) {
			c.opts.Logger.Debug("ticket reply for no waiting request", "request", r.RequestID)
		}
		return
	}
	select {
	case ch <- r:
	default: // a reply to a repeat of a request already answered
	}
}

func noReply(id string, attempts int, ctxErr, sendErr error) error {
	err := fmt.Errorf("%w: request %s, %d attempts: %w", ErrNoReply, id, attempts, ctxErr)
	if sendErr != nil {
		err = fmt.Errorf("%w (last send: %w)", err, sendErr)
	}
	return err
}
