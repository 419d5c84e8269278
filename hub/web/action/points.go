package action

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// Service points booked by agencies: a clerk books for their agency, a
// site admin (or a user of every queue) for any; only they cancel it.

// ErrNotYourAgency refuses booking for, or cancelling a booking of, an
// agency that is not the user's.
var ErrNotYourAgency = fmt.Errorf("%w: not your agency", authz.ErrNotYours)

// errPointTime refuses a booking's day or times.
var errPointTime = fmt.Errorf("%w: a day like 2026-11-24 and times like 13:00", queue.ErrInvalid)

var (
	_ = define(Action{Name: "book-point", Least: queue.RoleClerk, Scope: []Scope{PointAgency},
		Routes: []string{"POST /api/v1/points/{point}/bookings"}}, bookPoint)
	_ = define(Action{Name: "cancel-point-booking", Least: queue.RoleClerk, Scope: []Scope{BookingAgency},
		Routes: []string{"POST /api/v1/bookings/{booking}/cancel", "POST /api/v1/bookings/{booking}/days/{day}/cancel"}},
		cancelPointBooking)
)

// The scopes of the points' actions.
var (
	// PointAgency: the booking is for one of the user's agencies.
	PointAgency = Scope{"the booking's agency", fits[forAgency], func(_ *Deps, c queue.Clerk, req any) error {
		return agencyOf(c, req.(forAgency).agency(c))
	}}
	// BookingAgency: the booking exists and is one of the user's agencies'.
	BookingAgency = Scope{"the booked agency", fits[onBooking], func(d *Deps, c queue.Clerk, req any) error {
		var b queue.Booking
		var ok bool
		d.Eng.Read(func(st *queue.State) { b, ok = st.Booking(req.(onBooking).booking()) })
		if !ok {
			return fmt.Errorf("%w: booking", queue.ErrNotFound)
		}
		return agencyOf(c, b.Agency)
	}}
)

type (
	forAgency interface{ agency(c queue.Clerk) string }
	onBooking interface{ booking() uint64 }
)

func agencyOf(c queue.Clerk, agency string) error {
	if authz.SiteWide(c) || slices.Contains(c.Agencies, agency) {
		return nil
	}
	return ErrNotYourAgency
}

// bookPointReq books a point on a day from a time to another, or from
// Day to Last on the chosen weekdays ("mon" … "sun"; none: Monday to
// Friday). Hours, when given, sets the end that many hours after From.
type bookPointReq struct {
	Point    string   `json:"point"`
	Agency   string   `json:"agency"` // "": the user's one agency
	Name     string   `json:"name"`
	Persons  int      `json:"persons"`
	Day      string   `json:"day"`  // "2026-11-24"
	From     string   `json:"from"` // "08:00"
	To       string   `json:"to"`   // "16:15"
	Hours    int      `json:"hours"`
	Last     string   `json:"last"` // a series' last day
	Weekdays []string `json:"weekdays"`
}

// agency is the agency booked for: the user's only agency if the request
// names none.
func (r bookPointReq) agency(c queue.Clerk) string {
	if r.Agency == "" && len(c.Agencies) == 1 {
		return c.Agencies[0]
	}
	return r.Agency
}

func bookPoint(d *Deps, c queue.Clerk, r *bookPointReq) (Outcome, error) {
	series, err := r.series()
	if err != nil {
		return Outcome{}, err
	}
	b := queue.PointBooking{Point: r.Point, Agency: r.agency(c), Name: r.Name, Persons: max(r.Persons, 1)}
	var out queue.Booking
	if r.Last != "" {
		out, err = d.Eng.BookPointSeries(authz.Actor(c), b, series)
	} else {
		out, err = d.bookOnce(c, b, series)
	}
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{Value: out, Note: Say("done.point_booked", out.Point, len(out.Times))}, nil
}

// bookOnce books the one day of a series' first day and times.
func (d *Deps) bookOnce(c queue.Clerk, b queue.PointBooking, r queue.Series) (queue.Booking, error) {
	loc := d.location()
	from, err1 := time.ParseInLocation("2006-01-02 15:04", r.First+" "+r.Start, loc)
	to, err2 := time.ParseInLocation("2006-01-02 15:04", r.First+" "+r.End, loc)
	if err1 != nil || err2 != nil {
		return queue.Booking{}, errPointTime
	}
	b.Times = []queue.Interval{{From: from, To: to}}
	return d.Eng.BookPoint(authz.Actor(c), b)
}

// series is the request's times as a series: of one day unless Last is
// given.
func (r bookPointReq) series() (queue.Series, error) {
	s := queue.Series{First: strings.TrimSpace(r.Day), Last: strings.TrimSpace(r.Last), Start: strings.TrimSpace(r.From),
		End: strings.TrimSpace(r.To)}
	if r.Hours > 0 {
		start, err := time.Parse("15:04", s.Start)
		end := start.Hour()*60 + start.Minute() + r.Hours*60
		if err != nil || end > 24*60 {
			return s, errPointTime
		}
		s.End = fmt.Sprintf("%02d:%02d", end/60, end%60)
	}
	for _, w := range r.Weekdays {
		i := slices.IndexFunc(Weekdays, func(d struct {
			Key string
			Day time.Weekday
		}) bool {
			return d.Key == strings.ToLower(strings.TrimSpace(w))
		})
		if i < 0 {
			return s, errPointTime
		}
		s.Weekdays = append(s.Weekdays, Weekdays[i].Day)
	}
	return s, nil
}

// cancelPointReq cancels a booking's occurrence on Day, or with no Day
// every occurrence of it not yet begun.
type cancelPointReq struct {
	Booking uint64 `json:"booking"`
	Day     string `json:"day"`
}

func (r cancelPointReq) booking() uint64 { return r.Booking }

func cancelPointBooking(d *Deps, c queue.Clerk, r *cancelPointReq) (Outcome, error) {
	if err := d.Eng.CancelPointBooking(authz.Actor(c), r.Booking, strings.TrimSpace(r.Day)); err != nil {
		return Outcome{}, err
	}
	return Outcome{Value: struct{}{}, Note: Say("done.point_cancelled")}, nil
}
