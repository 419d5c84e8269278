package queue

import (
	"cmp"
	"slices"
	"time"
)

// Interval is a stretch of time, from From up to To.
type Interval struct {
	From time.Time `json:"from"`
	To   time.Time `json:"to"`
}

// overlaps tells whether two intervals share a moment.
func (i Interval) overlaps(o Interval) bool { return i.From.Before(o.To) && o.From.Before(i.To) }

// Booking is a reservation of a service point by a clerk for an agency:
// one interval, or a series of them (every weekday 08:00–16:15 for a
// month). Its name says what it is for; it is not personal data and is
// still never shown on a display or sent to a device.
type Booking struct {
	ID      uint64     `json:"id"` // the sequence number of the booking event
	Point   string     `json:"point"`
	Agency  string     `json:"agency"`
	Name    string     `json:"name"`
	Persons int        `json:"persons"`
	Times   []Interval `json:"times"` // in order, none overlapping; a cancelled occurrence is gone
	// Appointment is the appointment it was reserved for; 0 for none.
	Appointment uint64 `json:"appointment,omitempty"`
	Clerk       string `json:"clerk"` // the actor who booked it
}

// Occurrence is one interval of a booking.
type Occurrence struct {
	Booking
	Interval
}

// Booking returns the booking with id.
func (s *State) Booking(id uint64) (Booking, bool) {
	b, ok := s.bookings[id]
	if !ok {
		return Booking{}, false
	}
	return *b, true
}

// PointDay returns the occurrences of a point's bookings that touch the
// site-local day ("2026-11-24"), in time order.
func (s *State) PointDay(point, day string) []Occurrence {
	span, ok := s.dayInterval(day)
	if !ok {
		return nil
	}
	return s.occurrences(point, span)
}

// occurrences returns the occurrences of a point's bookings overlapping
// span, in time order.
func (s *State) occurrences(point string, span Interval) []Occurrence {
	var out []Occurrence
	for _, b := range s.bookings {
		if b.Point != point {
			continue
		}
		for _, t := range b.Times {
			if t.overlaps(span) {
				out = append(out, Occurrence{Booking: *b, Interval: t})
			}
		}
	}
	slices.SortFunc(out, func(a, b Occurrence) int { return cmp.Or(a.From.Compare(b.From), cmp.Compare(a.ID, b.ID)) })
	return out
}

// ReservedFor returns the occurrence of a point's bookings going on at
// now, if any: whose the room is now.
func (s *State) ReservedFor(point string, now time.Time) (Occurrence, bool) {
	o := s.occurrences(point, Interval{From: now, To: now.Add(time.Nanosecond)})
	if len(o) == 0 {
		return Occurrence{}, false
	}
	return o[0], true
}

// dayInterval is a site-local day from its midnight to the next one: 23
// or 25 hours on the days the clocks turn.
func (s *State) dayInterval(day string) (Interval, bool) {
	d, err := time.ParseInLocation(time.DateOnly, day, s.loc)
	if err != nil {
		return Interval{}, false
	}
	return Interval{From: d, To: time.Date(d.Year(), d.Month(), d.Day()+1, 0, 0, 0, 0, s.loc)}, true
}

// at is the moment a site-local clock time ("08:00", "24:00") falls on
// the day of d.
func (s *State) at(d time.Time, clock string) (time.Time, bool) {
	if !clockRe.MatchString(clock) {
		return time.Time{}, false
	}
	h, m := int(clock[0]-'0')*10+int(clock[1]-'0'), int(clock[3]-'0')*10+int(clock[4]-'0')
	return time.Date(d.Year(), d.Month(), d.Day(), h, m, 0, 0, s.loc), true
}

// Bookings returns copies of every booking, by id.
func (s *State) Bookings() []Booking {
	out := make([]Booking, 0, len(s.bookings))
	for _, b := range s.bookings {
		out = append(out, *b)
	}
	slices.SortFunc(out, func(a, b Booking) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// bookedAhead counts a point's occurrences that have not ended by now.
func (s *State) bookedAhead(point string, now time.Time) int {
	n := 0
	for _, b := range s.bookings {
		for _, t := range b.Times {
			if b.Point == point && t.To.After(now) {
				n++
			}
		}
	}
	return n
}
