package action

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"vuoro/hub/ical"
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// importReq imports appointments from an iCalendar file into the admin's
// queues: each event's X-VUORO-SERVICE, or else the queue chosen. An
// event's SUMMARY is the citizen's name, its LOCATION a service point's
// name or id.
type importReq struct {
	queueRef
	ICS string `json:"ics"` // the file's text; the console's form uploads it
}

var _ = define(Action{Name: "import-appointments", Least: queue.RoleAdmin, Scope: []Scope{ConfiguredQueue},
	Routes: []string{"POST /api/v1/appointments/import"}},
	func(d *Deps, c queue.Clerk, r *importReq) (Outcome, error) {
		events, err := ical.Decode(strings.NewReader(r.ICS), d.location())
		if err != nil {
			return Outcome{}, importFailed(err)
		}
		bs, err := d.bookingsOf(c, r.Service, events)
		if err != nil {
			return Outcome{}, err
		}
		got, err := d.Eng.ImportAppointments(authz.Actor(c), bs)
		if ie := (*queue.ImportError)(nil); errors.As(err, &ie) {
			return Outcome{}, importFailed(problemsOf(ie, events))
		}
		if err != nil {
			return Outcome{}, err
		}
		return Outcome{Value: got, Note: Say("done.imported", len(got))}, nil
	})

// bookingsOf makes the bookings of a file's events, each in a queue c
// sets up.
func (d *Deps) bookingsOf(c queue.Clerk, service string, events []ical.Event) ([]queue.AppointmentBooking, error) {
	var bad ical.Problems
	out := make([]queue.AppointmentBooking, len(events))
	d.Eng.Read(func(st *queue.State) {
		for i, e := range events {
			sv := service
			if e.Service != "" {
				sv = e.Service
			}
			if !authz.Configures(st, c, sv) {
				bad = append(bad, ical.Problem{Line: e.Line, Text: fmt.Sprintf("%s is not one of your queues", sv)})
			}
			out[i] = queue.AppointmentBooking{Service: sv, At: e.Start, Minutes: e.Minutes, UID: e.UID, Room: roomOf(st, e.Location),
				Person: queue.Person{Name: e.Summary}}
		}
	})
	if len(bad) > 0 {
		return nil, importFailed(bad)
	}
	return out, nil
}

// roomOf is the room a LOCATION names, by id or by name; none if none.
func roomOf(st *queue.State, location string) string {
	i := slices.IndexFunc(st.Rooms, func(r queue.Room) bool { return location != "" && (r.ID == location || r.Name == location) })
	if i < 0 {
		return ""
	}
	return st.Rooms[i].ID
}

// problemsOf names the line of each booking the engine refused.
func problemsOf(ie *queue.ImportError, events []ical.Event) ical.Problems {
	var out ical.Problems
	for i, err := range ie.Problems {
		out = append(out, ical.Problem{Line: events[i].Line, Text: strings.ReplaceAll(err.Error(), "queue: ", "")})
	}
	slices.SortFunc(out, func(a, b ical.Problem) int { return a.Line - b.Line })
	return out
}

// importFailed is an import refused: nothing was imported, for the
// reasons of err, line by line. They name fields and lines, never what
// the file says of a person.
func importFailed(err error) error {
	return fmt.Errorf("%w: nothing imported: %w", queue.ErrInvalid, err)
}
