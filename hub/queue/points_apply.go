package queue

import (
	"slices"
	"time"

	"vuoro/hub/event"
)

// The bookings of service points.
type (
	// PointBooked books a point for an agency for its times, decided and
	// in order.
	PointBooked struct {
		Point       string     `json:"point"`
		Agency      string     `json:"agency"`
		Name        string     `json:"name"`
		Persons     int        `json:"persons"`
		Times       []Interval `json:"times"`
		Appointment uint64     `json:"appointment,omitempty"`
	}
	// PointCancelled cancels a booking's occurrence on Day, or with no
	// Day every occurrence of it that had not started by After.
	PointCancelled struct {
		Booking uint64    `json:"booking"`
		Day     string    `json:"day,omitempty"`
		After   time.Time `json:"after"`
	}
)

func (PointBooked) Kind() string    { return KindPointBooked }
func (PointCancelled) Kind() string { return KindPointCancelled }

// cancels tells whether v cancels an occurrence: s tells its day.
func (v PointCancelled) cancels(s *State) func(Interval) bool {
	return func(t Interval) bool {
		if v.Day != "" {
			return s.day(t.From) == v.Day
		}
		return !t.From.Before(v.After)
	}
}

func applyPointBooked(s *State, ev event.Event, v PointBooked) {
	s.bookings[ev.Seq] = &Booking{ID: ev.Seq, Point: v.Point, Agency: v.Agency, Name: v.Name, Persons: v.Persons,
		Times: v.Times, Appointment: v.Appointment, Clerk: ev.Actor}
}

// applyPointCancelled drops the occurrences cancelled; a booking left with
// none is gone. The list is replaced, never changed in place: a snapshot
// copy may share it.
func applyPointCancelled(s *State, _ event.Event, v PointCancelled) {
	b, ok := s.bookings[v.Booking]
	if !ok {
		return
	}
	b.Times = slices.DeleteFunc(slices.Clone(b.Times), v.cancels(s))
	if len(b.Times) == 0 {
		delete(s.bookings, v.Booking)
	}
}

// checkBooking tells whether what a booking event points at exists.
func (s *State) checkBooking(p Payload) error {
	switch v := p.(type) {
	case PointBooked:
		if _, ok := s.Room(v.Point); !ok {
			return ErrNotFound
		}
	case PointCancelled:
		if _, ok := s.bookings[v.Booking]; !ok {
			return ErrNotFound
		}
	}
	return nil
}
