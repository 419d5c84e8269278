package queue

import (
	"fmt"
	"strings"
	"time"
)

// AppointmentBooking is an appointment to book: a person in a service's
// queue at a time, for a number of minutes, with a clerk and in a room if
// told.
type AppointmentBooking struct {
	Service string
	At      time.Time
	Minutes int
	Clerk   string // the clerk's login; empty: not a particular clerk
	Room    string
	UID     string // the iCalendar UID of an imported appointment
	Person  Person
}

// maxMinutes is the longest appointment: a working day.
const maxMinutes = 8 * 60

// Book books an appointment in a service's queue for a person.
func (e *Engine) Book(actor, service string, at time.Time, p Person) (Appointment, error) {
	return e.BookAppointment(actor, AppointmentBooking{Service: service, At: at, Person: p})
}

// BookAppointment books an appointment. When the service's agency has
// service points of its own, the appointment reserves its room if it names
// one, else the first of them free for its length (AppointmentLength if it
// has none), and is refused with ErrTaken when that is not free.
func (e *Engine) BookAppointment(actor string, b AppointmentBooking) (Appointment, error) {
	var out Appointment
	err := e.do(func(s *State) error {
		v, err := s.booking(b)
		if err != nil {
			return err
		}
		point, err := s.appointmentPoint(b, e.now())
		if err != nil {
			return err
		}
		if v.Room == "" {
			v.Room = point.Point
		}
		ev, err := e.commit(actor, v)
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

// booking checks b against the state and returns its event.
func (s *State) booking(b AppointmentBooking) (AppointmentBooked, error) {
	b.Person.Name = strings.TrimSpace(b.Person.Name)
	switch {
	case !s.hasService(b.Service):
		return AppointmentBooked{}, fmt.Errorf("%w: service %q", ErrNotFound, b.Service)
	case b.Person.Name == "" || b.At.IsZero():
		return AppointmentBooked{}, fmt.Errorf("%w: an appointment needs a name and a time", ErrInvalid)
	case b.Minutes < 0 || b.Minutes > maxMinutes:
		return AppointmentBooked{}, fmt.Errorf("%w: an appointment of %d minutes, want 0-%d", ErrInvalid, b.Minutes, maxMinutes)
	case b.Room != "" && !s.hasRoom(b.Room):
		return AppointmentBooked{}, fmt.Errorf("%w: room %q", ErrNotFound, b.Room)
	case b.UID != "" && s.imported(b.UID):
		return AppointmentBooked{}, fmt.Errorf("%w: an appointment with UID %q was already imported", ErrExists, b.UID)
	}
	return AppointmentBooked{Service: b.Service, At: b.At.UTC(), Person: b.Person, Minutes: b.Minutes,
		Clerk: b.Clerk, Room: b.Room, UID: b.UID}, nil
}

func (s *State) hasService(id string) bool { _, ok := s.Service(id); return ok }
func (s *State) hasRoom(id string) bool    { _, ok := s.Room(id); return ok }

// imported reports whether an appointment was imported with uid.
func (s *State) imported(uid string) bool {
	for _, a := range s.appointments {
		if a.UID == uid {
			return true
		}
	}
	return false
}

// CancelAppointment cancels a booking not yet checked in. The appointment
// stays, cancelled, in the day's list.
func (e *Engine) CancelAppointment(actor string, id uint64) error {
	return e.do(func(s *State) error {
		a, err := s.appointment(id)
		switch {
		case err != nil:
			return err
		case a.Ticket != 0:
			return fmt.Errorf("%w: already checked in", ErrTransition)
		}
		if _, err = e.commit(actor, AppointmentRef{Appointment: id}); err != nil {
			return err
		}
		return e.releasePoints(s, actor, id)
	})
}

// appointment returns the appointment id, unless it is unknown or
// cancelled.
func (s *State) appointment(id uint64) (*Appointment, error) {
	a, ok := s.appointments[id]
	switch {
	case !ok:
		return nil, fmt.Errorf("%w: appointment %d", ErrNotFound, id)
	case a.Cancelled:
		return nil, fmt.Errorf("%w: appointment %d", ErrAppointmentCancelled, id)
	}
	return a, nil
}

// CheckIn is a service advisor's check-in of a citizen who came, at any
// time of the window or outside it: it issues the ticket of a booked
// appointment, called at the appointment's time rather than by its
// check-in time. A second check-in returns the ticket of the first.
// Kiosks use CheckInAppointment, which keeps to the window.
func (e *Engine) CheckIn(actor string, id uint64, device string) (Issued, error) {
	var out Issued
	err := e.do(func(s *State) error {
		a, err := s.appointment(id)
		if err != nil {
			return err
		}
		if a.Ticket != 0 {
			out = Issued{Ticket: *s.tickets[a.Ticket], Ahead: s.Ahead(a.Ticket), Repeat: true}
			return nil
		}
		out, err = e.issueFor(s, actor, a, device, true)
		return err
	})
	return out, err
}

// issueFor issues a's ticket: at its time, or (a late arrival) by its
// check-in time in the walk-in queue.
func (e *Engine) issueFor(s *State, actor string, a *Appointment, device string, onTime bool) (Issued, error) {
	p, err := s.newTicket(a.Service, e.now(), 1)
	if err != nil {
		return Issued{}, err
	}
	person := a.Person
	p.Device, p.Appointment, p.Person = device, a.ID, &person
	if onTime {
		p.At = a.At
	}
	return e.issue(s, actor, p)
}
