package devsync

import (
	"errors"

	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// heartbeat tells the devices the hub is alive. It is sent from the Run
// loop, so a loop stuck on a hung engine or disk stops the beats, and the
// devices show that the connection is lost although the TCP session is up.
func (s *Sync) heartbeat() {
	hb := &wire.Heartbeat{Header: wire.NewHeader(s.opts.Now()), Time: s.opts.Now(), Log: s.opts.Log}
	if hb.Log == "" {
		hb.Log = "unknown" // a bridge started without its log identity (tests)
	}
	if s.opts.JoinURL != nil {
		hb.Join = s.opts.JoinURL(hb.Time)
	}
	s.publish(outbound{topic: wire.Topic{Kind: wire.KindHeartbeat, Site: s.opts.Site}, msg: hb})
	s.beatAt = hb.Time
}

// beatIfLate sends the heartbeat at once when the last is overdue: the
// loop was held up (a hung disk, a stalled engine) and the devices show
// the connection lost. Their next tick shows the hub back, without waiting
// up to a second for the ticker, which does not keep a tick it missed.
func (s *Sync) beatIfLate() {
	if s.opts.Now().Sub(s.beatAt) > wire.HeartbeatEvery*3/2 {
		s.heartbeat()
	}
}

// cancel acts on a kiosk giving up on a ticket request: the engine voids
// the visit it got or remembers the id. The reply to the request id with
// ErrCodeCancelled acknowledges it; a cancel the engine could not record
// (the disk) gets none, and the kiosk sends it again.
func (s *Sync) cancel(t wire.Topic, c *wire.TicketCancel) {
	got, err := s.eng.CancelRequest(c.Device, c.RequestID)
	switch {
	case errors.Is(err, queue.ErrNotFound):
		s.opts.Logger.Warn("cancel of another kiosk's request ignored", "device", c.Device, "request", c.RequestID)
	case err != nil:
		s.opts.Logger.Error("ticket cancel not recorded", "device", c.Device, "request", c.RequestID, "err", err)
		return
	case got.Ticket.ID != 0:
		s.opts.Logger.Info("ticket voided: the kiosk gave up on it", "call_id", got.Ticket.CallID,
			"service", got.Ticket.Service, "device", c.Device)
	}
	reply := &wire.TicketReply{Header: wire.NewHeader(s.opts.Now()), RequestID: c.RequestID,
		Error: &wire.Error{Code: wire.ErrCodeCancelled, Message: "cancelled; no ticket"}}
	s.publish(outbound{topic: wire.Topic{Kind: wire.KindTicketReply, Site: t.Site, ID: t.ID}, msg: reply})
}
