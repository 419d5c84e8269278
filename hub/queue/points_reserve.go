package queue

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"time"
)

// AppointmentLength is how long an appointment of no stated length holds
// the service point it reserved.
const AppointmentLength = 30 * time.Minute

// ReservePoint finds one of an agency's own service points (Room.Agencies)
// free for t and books it for an appointment: ErrTaken when none is free,
// ErrNotFound when the agency has no point of its own.
func (e *Engine) ReservePoint(actor, agency string, t Interval, appointment uint64) (Booking, error) {
	var out Booking
	err := e.do(func(s *State) error {
		v, err := s.reservation(agency, t, appointment, e.now())
		if err == nil {
			out, err = e.commitBooking(s, actor, v)
		}
		return err
	})
	return out, err
}

// reservation decides the booking of the first of an agency's own points,
// by id, that is free for t.
func (s *State) reservation(agency string, t Interval, appointment uint64, now time.Time) (PointBooked, error) {
	own := s.ownPoints(agency)
	if len(own) == 0 {
		return PointBooked{}, fmt.Errorf("%w: agency %s has no service point of its own", ErrNotFound, agency)
	}
	for _, r := range own {
		b := PointBooking{Point: r.ID, Agency: agency, Name: "appointment", Persons: 1, Times: []Interval{t}}
		if v, err := s.decideBooking(b, now); err == nil {
			v.Appointment = appointment
			return v, nil
		}
	}
	return PointBooked{}, fmt.Errorf("%w: none of the %d service points of %s is free at %s", ErrTaken,
		len(own), agency, t.From.In(s.loc).Format("2006-01-02 15:04"))
}

// ownPoints are the points that name the agency as theirs, by id.
func (s *State) ownPoints(agency string) []Room {
	var out []Room
	for _, r := range s.Rooms {
		if slices.Contains(r.Agencies, agency) {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, func(a, b Room) int { return compareIDs(a.ID, b.ID) })
	return out
}

// compareIDs orders ids as numbers where both are ("9" before "10").
func compareIDs(a, b string) int { return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(a, b)) }

// releasePoints cancels the bookings of points made for an appointment.
func (e *Engine) releasePoints(s *State, actor string, appointment uint64) error {
	for _, b := range s.Bookings() {
		if b.Appointment != appointment {
			continue
		}
		if _, err := e.commit(actor, PointCancelled{Booking: b.ID, After: time.Time{}}); err != nil {
			return err
		}
	}
	return nil
}

// appointmentPoint decides the service point an appointment reserves: its
// room if it names one of its agency's points, else the first of them free
// for the appointment's length. An agency with no points of its own
// reserves none (a zero PointBooked); ErrTaken when its points are busy.
func (s *State) appointmentPoint(b AppointmentBooking, now time.Time) (PointBooked, error) {
	sv, _ := s.Service(b.Service)
	length := AppointmentLength
	if b.Minutes > 0 {
		length = time.Duration(b.Minutes) * time.Minute
	}
	t := Interval{From: b.At, To: b.At.Add(length)}
	if b.Room != "" && slices.ContainsFunc(s.ownPoints(sv.Agency), func(r Room) bool { return r.ID == b.Room }) {
		return s.decideBooking(PointBooking{Point: b.Room, Agency: sv.Agency, Name: "appointment", Persons: 1, Times: []Interval{t}}, now)
	}
	p, err := s.reservation(sv.Agency, t, 0, now)
	if errors.Is(err, ErrNotFound) {
		return PointBooked{}, nil
	}
	return p, err
}
