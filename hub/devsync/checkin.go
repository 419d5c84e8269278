package devsync

import (
	"errors"
	"strings"

	"vuoro/hub/checkin"
	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// checkIn matches a kiosk's check-in to one of the day's appointments and
// issues its ticket. A repeated request matches the same appointment, whose
// second check-in returns the first one's ticket. No log line names the
// person: the appointment's id and the call id are enough to follow it.
func (s *Sync) checkIn(t wire.Topic, r *wire.CheckinRequest) {
	reply := &wire.CheckinReply{Header: wire.NewHeader(s.opts.Now()), RequestID: r.ID}
	a, err := s.match(r)
	var got queue.Issued
	if err == nil {
		got, err = s.checkInAppointment(r.Device, a.ID)
	}
	var early *queue.TooEarlyError
	if errors.As(err, &early) {
		reply.OpensAt = early.From
	}
	if err != nil {
		reply.Error = s.checkinRefusal(r, err)
	} else {
		reply.Checkin = &wire.Checkin{FirstName: firstName(a.Name), At: a.At, Room: a.Room,
			Ticket: wire.Ticket{CallID: got.Ticket.CallID, Service: got.Ticket.Service, Ahead: got.Ahead, Issued: got.Ticket.Issued}}
		if !got.Repeat {
			s.opts.Logger.Info("appointment checked in", "appointment", a.ID, "call_id", got.Ticket.CallID, "device", r.Device, "by", by(r))
		}
	}
	s.publish(outbound{topic: wire.Topic{Kind: wire.KindCheckinReply, Site: t.Site, ID: t.ID}, msg: reply})
}

// checkInAppointment is the one place a kiosk's check-in reaches the
// engine: the engine decides whether the appointment may be checked in now.
// The engine applies the service's check-in window and its policy for a
// late arrival.
func (s *Sync) checkInAppointment(device string, appointment uint64) (queue.Issued, error) {
	got, err := s.eng.CheckInAppointment("kiosk:"+device, appointment, device)
	return got.Issued, err
}

// match finds the appointment of the site's day that r names.
func (s *Sync) match(r *wire.CheckinRequest) (checkin.Appointment, error) {
	now := s.opts.Now()
	var apps []checkin.Appointment
	q := checkin.Query{Agency: r.Agency, HetuMAC: r.HetuMAC, Name: r.Name, Time: r.Time}
	s.eng.Read(func(st *queue.State) {
		q.Day = now.In(st.Location())
		for _, sv := range st.Services {
			for _, a := range st.Appointments(sv.ID, st.Today(now)) {
				if a.Cancelled {
					continue // kept for the day's list, never to check in
				}
				apps = append(apps, checkin.Appointment{ID: a.ID, Agency: sv.Agency, At: a.At, Name: a.Person.Name, HETU: a.Person.HETU, Room: a.Room})
			}
		}
	})
	return checkin.Match(apps, q, s.opts.CheckinKey)
}

// checkinRefusal is what the kiosk is told when no ticket was issued.
func (s *Sync) checkinRefusal(r *wire.CheckinRequest, err error) *wire.Error {
	code := wire.ErrCodeInternal
	switch {
	case errors.Is(err, checkin.ErrNoMatch):
		code = wire.ErrCodeNoMatch
	case errors.Is(err, checkin.ErrAmbiguous):
		code = wire.ErrCodeAmbiguous
	case errors.Is(err, queue.ErrClosed), errors.Is(err, queue.ErrPaused):
		code = wire.ErrCodeClosed
	case errors.Is(err, queue.ErrFull):
		code = wire.ErrCodeFull
	case errors.Is(err, queue.ErrTooEarly):
		code = wire.ErrCodeTooEarly
	case errors.Is(err, queue.ErrTooLate), errors.Is(err, queue.ErrNoShowDone):
		code = wire.ErrCodeTooLate
	case errors.Is(err, queue.ErrAppointmentCancelled), errors.Is(err, queue.ErrCheckedIn):
		code = wire.ErrCodeNoMatch // nothing left to check in: the advisor helps
	default:
		s.opts.Logger.Error("appointment not checked in", "device", r.Device, "err", err)
		return &wire.Error{Code: code, Message: "check-in could not be saved"}
	}
	s.opts.Logger.Info("check-in refused", "device", r.Device, "by", by(r), "code", code)
	return &wire.Error{Code: code, Message: err.Error()}
}

// by tells how the citizen identified, for a log line: never the data.
func by(r *wire.CheckinRequest) string {
	if r.HetuMAC != "" {
		return "card"
	}
	return "name"
}

// firstName is the first word of a booked name: the kiosk greets by it.
func firstName(name string) string {
	if f := strings.Fields(name); len(f) > 0 {
		return f[0]
	}
	return ""
}
