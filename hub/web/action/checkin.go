package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

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
