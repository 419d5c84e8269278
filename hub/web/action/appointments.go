package action

import (
	"fmt"
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
	// Minutes is how long (0: not told), Room the service point it is in
	// (none: one of its agency's own, if it has any), Clerk the login of
	// the clerk it is with (none: anyone of the queue).
	Minutes int    `json:"minutes"`
	Room    string `json:"room"`
	Clerk   string `json:"clerk"`
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
	if err := d.servesQueue(r.Clerk, r.Service); err != nil {
		return Outcome{}, err
	}
	a, err := d.Eng.BookAppointment(authz.Actor(c), queue.AppointmentBooking{Service: r.Service, At: at, Person: p,
		Minutes: r.Minutes, Room: strings.TrimSpace(r.Room), Clerk: r.Clerk})
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{Value: a, Note: Say("done.booked", Clock(a.At, loc))}, nil
}

// servesQueue checks that an appointment's clerk, if one is named, is a
// user who serves the queue.
func (d *Deps) servesQueue(login, service string) error {
	if login == "" {
		return nil
	}
	var err error
	d.Eng.Read(func(st *queue.State) {
		if u, ok := st.Clerks[login]; !ok || !authz.Allowed(st, u, service) {
			err = fmt.Errorf("%w: user %q does not serve %s", queue.ErrNotFound, login, service)
		}
	})
	return err
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
