package action

import (
	"strings"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
	"vuoro/shared/hetu"
)

// bookReq books an appointment in one of the advisor's queues.
type bookReq struct {
	queueRef
	At   string `json:"at"` // the site's local time, "2026-11-23T10:00"
	Name string `json:"name"`
	HETU string `json:"hetu"` // personal data: never logged, never in a URL
}

var _ = define(Action{Name: "book", Least: queue.RoleAdvisor, Scope: []Scope{ServiceQueue},
	Routes: []string{"POST /api/v1/appointments"}}, book)

func book(d *Deps, c queue.Clerk, r *bookReq) (Outcome, error) {
	loc := d.location()
	at, err := time.ParseInLocation("2006-01-02T15:04", strings.TrimSpace(r.At), loc)
	if err != nil {
		return Outcome{}, ErrTime
	}
	p := queue.Person{Name: strings.TrimSpace(r.Name)}
	if code := strings.ToUpper(strings.TrimSpace(r.HETU)); code != "" {
		id, err := hetu.Parse(code)
		if err != nil {
			return Outcome{}, ErrHETU
		}
		p.HETU = id.Code()
	}
	a, err := d.Eng.Book(authz.Actor(c), r.Service, at, p)
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{Value: a, Note: Say("done.booked", Clock(a.At, loc))}, nil
}

// checkin issues the ticket of a booked appointment for a citizen who
// came.
var _ = define(Action{Name: "checkin", Least: queue.RoleAdvisor, Scope: []Scope{AppointmentQueue},
	Routes: []string{"POST /api/v1/appointments/{appointment}/checkin"}},
	func(d *Deps, c queue.Clerk, r *appointmentRef) (Outcome, error) {
		is, err := d.Eng.CheckIn(authz.Actor(c), r.Appointment, "console")
		if err != nil {
			return Outcome{}, err
		}
		return Outcome{Value: is, Note: Say("done.checked_in", is.Ticket.CallID)}, nil
	})

// cancel-appointment cancels a booked appointment.
var _ = define(Action{Name: "cancel-appointment", Least: queue.RoleAdvisor, Scope: []Scope{AppointmentQueue},
	Routes: []string{"POST /api/v1/appointments/{appointment}/cancel"}},
	func(d *Deps, c queue.Clerk, r *appointmentRef) (Outcome, error) {
		if err := d.Eng.CancelAppointment(authz.Actor(c), r.Appointment); err != nil {
			return Outcome{}, err
		}
		return Outcome{Value: struct{}{}, Note: Say("done.cancelled")}, nil
	})
