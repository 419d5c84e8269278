package queue

import (
	"fmt"
	"strings"
	"time"
)

// pointDay is the working day of the site's points, in site time, unless
// a booking reaches outside it: the day of the seed's "every weekday
// 8–16.15".
var pointDay = Span{Open: "08:00", Close: "16:15"}

// Availability is a point's day: when it is reserved and when it is free,
// within the working day (widened to any booking outside it), in site
// time.
type Availability struct {
	Day      string       `json:"day"`
	State    string       `json:"state"` // "free", "partly" or "reserved": free all day, partly, reserved all day
	Free     []Interval   `json:"free"`
	Reserved []Interval   `json:"reserved"` // the bookings' intervals, joined where they meet
	Bookings []Occurrence `json:"bookings"` // the day's bookings: SHOW
	loc      *time.Location
}

// The states of a point's day.
const (
	DayFree     = "free"
	DayPartly   = "partly"
	DayReserved = "reserved"
)

// Availability returns a point's availability on a site-local day.
func (s *State) Availability(point, day string) Availability {
	a := Availability{Day: day, State: DayFree, Free: []Interval{}, Reserved: []Interval{}, loc: s.loc}
	span, ok := s.dayInterval(day)
	if !ok {
		return a
	}
	a.Bookings = s.occurrences(point, span)
	work := s.workingDay(span, a.Bookings)
	at := work.From
	for _, o := range a.Bookings {
		t := Interval{From: later(o.From, work.From), To: earlier(o.To, work.To)}
		if n := len(a.Reserved); n > 0 && !t.From.After(a.Reserved[n-1].To) {
			a.Reserved[n-1].To = later(a.Reserved[n-1].To, t.To)
		} else {
			a.Reserved = append(a.Reserved, t)
		}
		if t.From.After(at) {
			a.Free = append(a.Free, Interval{From: at, To: t.From})
		}
		at = later(at, t.To)
	}
	if at.Before(work.To) {
		a.Free = append(a.Free, Interval{From: at, To: work.To})
	}
	switch {
	case len(a.Free) == 0:
		a.State = DayReserved
	case len(a.Reserved) > 0:
		a.State = DayPartly
	}
	return a
}

// workingDay is the points' working day on the day of span, widened to
// the bookings that reach outside it and cut to the day.
func (s *State) workingDay(span Interval, bookings []Occurrence) Interval {
	from, _ := s.at(span.From, pointDay.Open)
	to, _ := s.at(span.From, pointDay.Close)
	for _, o := range bookings {
		from, to = earlier(from, o.From), later(to, o.To)
	}
	return Interval{From: later(from, span.From), To: earlier(to, span.To)}
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// availabilityWords are the sentences of a point's day, as the seed says
// them: reserved until a time and free after it, the other way round, free
// at some times, free or reserved all day.
var availabilityWords = map[string]struct{ free, reserved, until, after, times, and string }{
	"fi": {"Vapaa koko päivän", "Varattu koko päivän", "Varattu klo %s asti, vapaa loppupäivän",
		"Vapaa klo %s asti, varattu loppupäivän", "Vapaa klo %s", "ja"},
	"sv": {"Ledig hela dagen", "Bokad hela dagen", "Bokad till kl. %s, ledig resten av dagen",
		"Ledig till kl. %s, bokad resten av dagen", "Ledig kl. %s", "och"},
	"en": {"Free all day", "Reserved all day", "Reserved until %s, free for the rest of the day",
		"Free until %s, reserved for the rest of the day", "Free %s", "and"},
}

// Words says the availability as a sentence in lang ("fi", "sv", "en";
// Finnish for any other).
func (a Availability) Words(lang string) string {
	w, ok := availabilityWords[lang]
	if !ok {
		w = availabilityWords["fi"]
	}
	switch {
	case a.State == DayFree:
		return w.free
	case a.State == DayReserved:
		return w.reserved
	case len(a.Free) == 1 && len(a.Reserved) == 1 && a.Reserved[0].To.Equal(a.Free[0].From):
		return fmt.Sprintf(w.until, a.clock(a.Free[0].From))
	case len(a.Free) == 1 && len(a.Reserved) == 1:
		return fmt.Sprintf(w.after, a.clock(a.Free[0].To))
	}
	spans := make([]string, len(a.Free))
	for i, f := range a.Free {
		spans[i] = a.clock(f.From) + "–" + a.clock(f.To)
	}
	said := spans[len(spans)-1]
	if len(spans) > 1 {
		said = strings.Join(spans[:len(spans)-1], ", ") + " " + w.and + " " + said
	}
	return fmt.Sprintf(w.times, said)
}

// clock is a moment as the site's clock shows it: "15:00".
func (a Availability) clock(t time.Time) string {
	if a.loc == nil {
		return t.Format("15:04")
	}
	return t.In(a.loc).Format("15:04")
}
