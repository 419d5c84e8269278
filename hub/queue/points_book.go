package queue

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// PointBooking is a clerk's booking of a service point for an agency.
type PointBooking struct {
	Point   string
	Agency  string
	Name    string // what it is for: "Verokortit, ajanvaraukset"
	Persons int
	Times   []Interval // one, or a series (SeriesTimes)
}

// BookPoint books a service point for each of b's times, all or none. A
// time the point is already booked for is ErrTaken: the engine decides
// under its lock, so of two clerks booking the same point at the same
// moment one gets it and the other ErrTaken.
func (e *Engine) BookPoint(actor string, b PointBooking) (Booking, error) {
	return e.bookPoint(actor, b, nil)
}

// BookPointSeries books a service point for a recurring series: the days
// of r, in site time (SeriesTimes).
func (e *Engine) BookPointSeries(actor string, b PointBooking, r Series) (Booking, error) {
	return e.bookPoint(actor, b, &r)
}

func (e *Engine) bookPoint(actor string, b PointBooking, r *Series) (Booking, error) {
	var out Booking
	err := e.do(func(s *State) error {
		if r != nil {
			times, err := s.SeriesTimes(*r)
			if err != nil {
				return err
			}
			b.Times = times
		}
		v, err := s.decideBooking(b, e.now())
		if err == nil {
			out, err = e.commitBooking(s, actor, v)
		}
		return err
	})
	return out, err
}

func (e *Engine) commitBooking(s *State, actor string, v PointBooked) (Booking, error) {
	ev, err := e.commit(actor, v)
	if err != nil {
		return Booking{}, err
	}
	return *s.bookings[ev.Seq], nil
}

// decideBooking checks a booking against the site and the point's other
// bookings, and returns its event.
func (s *State) decideBooking(b PointBooking, now time.Time) (PointBooked, error) {
	v := PointBooked{Point: b.Point, Agency: b.Agency, Name: strings.TrimSpace(b.Name), Persons: b.Persons,
		Times: slices.Clone(b.Times)}
	slices.SortFunc(v.Times, func(a, b Interval) int { return a.From.Compare(b.From) })
	r, ok := s.Room(b.Point)
	switch {
	case !ok:
		return v, fmt.Errorf("%w: service point %s", ErrNotFound, b.Point)
	case !s.hasAgency(b.Agency):
		return v, fmt.Errorf("%w: agency %s", ErrNotFound, b.Agency)
	case v.Name == "" || len(v.Times) == 0:
		return v, fmt.Errorf("%w: a booking needs a name and a time", ErrInvalid)
	case v.Persons < 1 || (r.Capacity > 0 && v.Persons > r.Capacity):
		return v, fmt.Errorf("%w: %d persons; the point seats %d", ErrInvalid, v.Persons, r.Capacity)
	}
	for i, t := range v.Times {
		v.Times[i] = Interval{From: t.From.UTC(), To: t.To.UTC()}
		switch {
		case !t.From.Before(t.To):
			return v, fmt.Errorf("%w: a booking ends after it starts", ErrInvalid)
		case !t.To.After(now):
			return v, fmt.Errorf("%w: a booking in the past", ErrInvalid)
		case i > 0 && t.overlaps(v.Times[i-1]):
			return v, fmt.Errorf("%w: the booking's times overlap", ErrInvalid)
		}
		if o := s.occurrences(b.Point, t); len(o) > 0 {
			return v, fmt.Errorf("%w: %s on %s from %s", ErrTaken, b.Point, s.day(o[0].From), o[0].From.In(s.loc).Format("15:04"))
		}
	}
	return v, nil
}

// CancelPointBooking cancels a booking's occurrence on a site-local day,
// or, with day "", every occurrence of the booking that has not started:
// the one going on is kept, unless its day is cancelled.
func (e *Engine) CancelPointBooking(actor string, id uint64, day string) error {
	return e.do(func(s *State) error {
		b, ok := s.bookings[id]
		if !ok {
			return fmt.Errorf("%w: booking %d", ErrNotFound, id)
		}
		v := PointCancelled{Booking: id, Day: day, After: e.now().UTC()}
		if !slices.ContainsFunc(b.Times, v.cancels(s)) {
			return fmt.Errorf("%w: booking %d has no occurrence to cancel on %q", ErrNotFound, id, day)
		}
		_, err := e.commit(actor, v)
		return err
	})
}
