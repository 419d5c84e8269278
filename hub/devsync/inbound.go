package devsync

import (
	"errors"

	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// inbound is a decoded device message waiting for the Run loop.
type inbound struct {
	topic   wire.Topic
	ticket  *wire.TicketRequest
	help    *wire.HelpRequest
	status  *wire.DeviceStatus
	offline *wire.OfflineTicket
	cancel  *wire.TicketCancel
	checkin *wire.CheckinRequest
}

// receive runs on the broker's goroutine: it decodes and queues, never
// blocks. A bad payload is logged (by size, never by content) and counted.
func (s *Sync) receive(name string, payload []byte) {
	t, err := wire.ParseTopic(name)
	if err == nil && t.Site != s.opts.Site {
		return
	}
	m := inbound{topic: t}
	switch {
	case err != nil:
	case t.Kind == wire.KindTicket:
		m.ticket, err = wire.Decode[wire.TicketRequest](payload)
	case t.Kind == wire.KindTicketCancel:
		m.cancel, err = wire.Decode[wire.TicketCancel](payload)
	case t.Kind == wire.KindHelp:
		m.help, err = wire.Decode[wire.HelpRequest](payload)
	case t.Kind == wire.KindOffline:
		m.offline, err = wire.Decode[wire.OfflineTicket](payload)
	case t.Kind == wire.KindCheckin:
		m.checkin, err = wire.Decode[wire.CheckinRequest](payload)
	case t.Kind == wire.KindDevice:
		m.status, err = wire.Decode[wire.DeviceStatus](payload)
	default:
		return
	}
	if err == nil && !s.sameDevice(m) {
		err = errOtherDevice
	}
	if err != nil {
		s.reject(name, len(payload), err)
		return
	}
	select {
	case s.in <- m:
	default:
		s.rejects.add(RejectBusy)
		s.opts.Logger.Warn("inbound queue full; the device will retry", "topic", name)
	}
}

func (s *Sync) sameDevice(m inbound) bool {
	switch {
	case m.ticket != nil:
		return m.ticket.Device == m.topic.ID
	case m.cancel != nil:
		return m.cancel.Device == m.topic.ID
	case m.help != nil:
		return m.help.Device == m.topic.ID
	case m.status != nil:
		return m.status.Device == m.topic.ID
	case m.offline != nil:
		return m.offline.Device == m.topic.ID
	case m.checkin != nil:
		return m.checkin.Device == m.topic.ID
	}
	return true
}

func (s *Sync) reject(topic string, size int, err error) {
	why := rejectReason(err)
	n := s.rejects.add(why)
	s.opts.Logger.Warn("rejected device payload", "topic", topic, "bytes", size, "reason", why, "err", err, "rejected_total", n)
}

// handle acts on one device message in the Run loop.
func (s *Sync) handle(m inbound) {
	switch {
	case m.ticket != nil:
		s.issue(m.topic, m.ticket)
	case m.cancel != nil:
		s.cancel(m.topic, m.cancel)
	case m.help != nil:
		s.help(m.help)
	case m.status != nil:
		s.noteDevice(*m.status)
	case m.offline != nil:
		s.deliver(m.topic, m.offline)
	case m.checkin != nil:
		s.checkIn(m.topic, m.checkin)
	}
}

func (s *Sync) issue(t wire.Topic, r *wire.TicketRequest) {
	got, err := s.eng.Issue("kiosk:"+r.Device, queue.IssueRequest{RequestID: r.ID, Service: r.Service, Device: r.Device,
		Persons: r.Persons, Deadline: r.Deadline})
	reply := &wire.TicketReply{Header: wire.NewHeader(s.opts.Now()), RequestID: r.ID}
	switch {
	case errors.Is(err, queue.ErrPastDeadline):
		s.opts.Logger.Warn("ticket request past its deadline refused", "device", r.Device, "request", r.ID, "err", err)
		reply.Error = &wire.Error{Code: wire.ErrCodeExpired, Message: "the request reached the hub after its deadline"}
	case errors.Is(err, queue.ErrCancelled):
		reply.Error = &wire.Error{Code: wire.ErrCodeCancelled, Message: "the kiosk cancelled the request"}
	case errors.Is(err, queue.ErrNotFound):
		reply.Error = &wire.Error{Code: wire.ErrCodeUnknownService, Message: err.Error()}
	case errors.Is(err, queue.ErrClosed), errors.Is(err, queue.ErrPaused):
		reply.Error = &wire.Error{Code: wire.ErrCodeClosed, Message: err.Error()}
	case errors.Is(err, queue.ErrFull):
		reply.Error = &wire.Error{Code: wire.ErrCodeFull, Message: err.Error()}
	case err != nil:
		// Not saved: say so, and the kiosk tells the citizen to ask for help.
		s.opts.Logger.Error("ticket not issued", "device", r.Device, "err", err)
		reply.Error = &wire.Error{Code: wire.ErrCodeInternal, Message: "ticket could not be saved"}
	default:
		reply.Ticket = ticket(got)
		if !got.Repeat {
			s.opts.Logger.Info("ticket issued", "call_id", got.Ticket.CallID, "service", got.Ticket.Service, "device", r.Device)
		}
	}
	s.publish(outbound{topic: wire.Topic{Kind: wire.KindTicketReply, Site: t.Site, ID: t.ID}, msg: reply})
}
