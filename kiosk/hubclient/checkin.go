package hubclient

import (
	"context"
	"errors"
	"fmt"

	"vuoro/kiosk/flow"
	"vuoro/shared/hetu"
	"vuoro/shared/wire"
)

// ErrNoKey is a check-in by card on a kiosk whose credentials carry no
// check-in key (enrolled before there was one): enrol it again.
var ErrNoKey = errors.New("hubclient: no check-in key in the credentials; enrol the kiosk again to check in by card")

// CheckIn asks the hub to check q in for an appointment and waits for the
// answer, re-sending the same request every Retry until ctx ends. A card's
// code goes as its keyed hash (hetu.MAC), never in clear. A refusal (no
// match, ambiguous, closed) is a *RefusedError.
func (c *Client) CheckIn(ctx context.Context, q flow.CheckinQuery) (wire.Checkin, error) {
	req := &wire.CheckinRequest{Header: wire.NewHeader(c.opts.Now()), Device: c.opts.Device, Lang: q.Lang, Agency: q.Agency,
		Name: q.Name, Time: q.Time}
	if !q.ID.IsZero() {
		if len(c.opts.CheckinKey) == 0 {
			return wire.Checkin{}, ErrNoKey
		}
		req.HetuMAC = hetu.MAC(c.opts.CheckinKey, q.ID.Code())
	}
	if err := req.Validate(); err != nil {
		return wire.Checkin{}, fmt.Errorf("hubclient: %w", err)
	}
	ch := make(chan *wire.CheckinReply, 1)
	c.mu.Lock()
	c.checkins[req.ID] = ch
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		delete(c.checkins, req.ID)
		c.mu.Unlock()
	}()
	reply, err := resend(c, ctx, wire.KindCheckin, req, req.ID, ch)
	if err != nil {
		c.reach.noted(c.opts.Now(), err)
		return wire.Checkin{}, err
	}
	c.reach.answeredAt(c.opts.Now())
	if reply.Error != nil {
		return wire.Checkin{}, &RefusedError{Code: reply.Error.Code, Message: reply.Error.Message, OpensAt: reply.OpensAt}
	}
	return *reply.Checkin, nil
}

// onCheckinReply hands a reply to the CheckIn waiting for it.
func (c *Client) onCheckinReply(payload []byte) {
	r, err := wire.Decode[wire.CheckinReply](payload)
	if err != nil {
		c.opts.Logger.Warn("ignoring check-in reply", "err", err)
		return
	}
	c.mu.Lock()
	ch, ok := c.checkins[r.RequestID]
	c.mu.Unlock()
	if ok {
		select {
		case ch <- r:
		default: // a reply to a repeat of a request already answered
		}
	}
}
