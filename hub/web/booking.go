package web

import (
	"fmt"
	"strings"
	"time"

	"vuoro/hub/queue"
	"vuoro/shared/hetu"
)

// book books an appointment in one of the user's queues.
func (s *Server) book(c queue.Clerk, in input) (outcome, error) {
	if err := s.inScope(c, in.Service); err != nil {
		return outcome{}, err
	}
	at, err := s.localTime(in.At)
	if err != nil {
		return outcome{}, err
	}
	p := queue.Person{Name: strings.TrimSpace(in.Name)}
	if code := strings.ToUpper(strings.TrimSpace(in.HETU)); code != "" {
		id, err := hetu.Parse(code)
		if err != nil {
			return outcome{}, errHETU
		}
		p.HETU = id.Code()
	}
	a, err := s.eng.Book(actor(c), in.Service, at, p)
	if err != nil {
		return outcome{}, err
	}
	return outcome{Value: a, Note: say("done.booked", s.clockOf(a.At))}, nil
}

// localTime reads a date and time of the site's time zone.
func (s *Server) localTime(v string) (time.Time, error) {
	var loc *time.Location
	s.eng.Read(func(st *queue.State) { loc = st.Location() })
	t, err := time.ParseInLocation("2006-01-02T15:04", strings.TrimSpace(v), loc)
	if err != nil {
		return time.Time{}, errTime
	}
	return t, nil
}

// clockOf is a time's hour and minute at the site.
func (s *Server) clockOf(t time.Time) string {
	var loc *time.Location
	s.eng.Read(func(st *queue.State) { loc = st.Location() })
	return clock(t, loc)
}

func clock(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format("15:04")
}

// ownAppointment checks first that the appointment is in one of the
// user's queues.
func ownAppointment(run func(*Server, queue.Clerk, input) (outcome, error)) func(*Server, queue.Clerk, input) (outcome, error) {
	return func(s *Server, c queue.Clerk, in input) (outcome, error) {
		service, ok := s.bookedService(in.Appointment)
		if !ok {
			return outcome{}, fmt.Errorf("%w: appointment %d", queue.ErrNotFound, in.Appointment)
		}
		if err := s.inScope(c, service); err != nil {
			return outcome{}, err
		}
		return run(s, c, in)
	}
}

// bookedService returns the queue of an appointment, from the event that
// booked it: an appointment's id is that event's sequence number.
func (s *Server) bookedService(id uint64) (string, bool) {
	evs, err := s.store.Events(max(id, 1)-1, 1)
	if err != nil || len(evs) == 0 || evs[0].Seq != id {
		return "", false
	}
	p, _ := queue.Decode(evs[0])
	v, ok := p.(queue.AppointmentBooked)
	return v.Service, ok
}

// checkIn issues the ticket of a booked appointment for a citizen who came.
func (s *Server) checkIn(c queue.Clerk, in input) (outcome, error) {
	is, err := s.eng.CheckIn(actor(c), in.Appointment, "console")
	if err != nil {
		return outcome{}, err
	}
	return outcome{Value: is, Note: say("done.checked_in", is.Ticket.CallID)}, nil
}

func (s *Server) cancelAppointment(c queue.Clerk, in input) (outcome, error) {
	if err := s.eng.CancelAppointment(actor(c), in.Appointment); err != nil {
		return outcome{}, err
	}
	return outcome{Value: struct{}{}, Note: say("done.cancelled")}, nil
}
