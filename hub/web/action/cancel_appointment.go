package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// cancel-appointment cancels a booked appointment.
var _ = define(Action{Name: "cancel-appointment", Least: queue.RoleAdvisor, Scope: []Scope{AppointmentQueue},
	Routes: []string{"POST /api/v1/appointments/{appointment}/cancel"}},
	func(d *Deps, c queue.Clerk, r *appointmentRef) (Outcome, error) {
		if err := d.Eng.CancelAppointment(authz.Actor(c), r.Appointment); err != nil {
			return Outcome{}, err
		}
		return Outcome{Value: struct{}{}, Note: Say("done.cancelled")}, nil
	})
