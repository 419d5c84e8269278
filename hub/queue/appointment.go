package queue

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Book books an appointment in a service's queue for a person.
// When the service's agency has service points of its own, the
// appointment reserves one of them for AppointmentLength, or is refused
// with ErrTaken when none is free.
func (e *Engine) Book(actor, service string, at time.Time, p Person) (Appointment, error) {
	var out Appointment
	err := e.do(func(s *State) error {
		sv, ok := s.Service(service)
		if !ok {
			return fmt.Errorf("%w: service %q", ErrNotFound, service)
		}
		if p.Name = strings.TrimSpace(p.Name); p.Name == "" || at.IsZero() {
			return fmt.Errorf("%w: an appointment needs a name and a time", ErrInvalid)
		}
		point, err := s.reservation(sv.Agency, Interval{From: at, To: at.Add(AppointmentLength)}, 0, e.now())
		if err != nil && !errors.Is(err, ErrNotFound) {
			return err
		}
		ev, err := e.commit(actor, AppointmentBooked{Service: service, At: at.UTC(), Person: p})
		if err == nil && point.Point != "" {
			point.Appointment = ev.Seq
			_, err = e.commit(actor, point)
		}
		if err == nil {
			out = *s.appointments[ev.Seq]
		}
		return err
	})
	return out, err
}

// CancelAppointment removes a booking not yet checked in.
func (e *Engine) CancelAppointment(actor string, id uint64) error {
	return e.do(func(s *State) error {
		a, ok := s.appointments[id]
		switch {
		case !ok:
			return fmt.Errorf("%w: appointment %d", ErrNotFound, id)
		case a.Ticket != 0:
			return fmt.Errorf("%w: already checked in", ErrTransition)
		}
		if _, err := e.commit(actor, AppointmentRef{Appointment: id}); err != nil {
			return err
		}
		return e.releasePoints(s, actor, id)
	})
}

// CheckIn issues the ticket of a booked appointment: it is called at the
// appointment's time rather than by its check-in time. A second check-in
// returns the ticket of the first.
func (e *Engine) CheckIn(actor string, id uint64, device string) (Issued, error) {
	var out Issued
	err := e.do(func(s *State) error {
		a, ok := s.appointments[id]
		if !ok {
			return fmt.Errorf("%w: appointment %d", ErrNotFound, id)
		}
		if a.Ticket != 0 {
			out = Issued{Ticket: *s.tickets[a.Ticket], Ahead: s.Ahead(a.Ticket), Repeat: true}
			return nil
		}
		p, err := s.newTicket(a.Service, e.now(), 1)
		if err != nil {
			return err
		}
		person := a.Person
		p.Device, p.Appointment, p.At, p.Person = device, a.ID, a.At, &person
		out, err = e.issue(s, actor, p)
		return err
	})
	return out, err
}
