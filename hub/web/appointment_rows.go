package web

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/action"
)

// appointmentRow is an appointment as one reader sees it: in the
// "Varatut ajat" tab and in GET /api/v1/appointments.
type appointmentRow struct {
	ID       uint64       `json:"id"`
	At       string       `json:"at"`  // "13:00", site time
	End      string       `json:"end"` // "13:30"
	Minutes  int          `json:"minutes,omitempty"`
	Queue    string       `json:"queue"`
	Room     string       `json:"room,omitempty"`      // the service point's id
	RoomName string       `json:"room_name,omitempty"` // and its name
	Person   person       `json:"person"`
	CallID   string       `json:"call_id,omitempty"` // the ticket it was checked in as
	Status   queue.Status `json:"status,omitempty"`
	Arrived  bool         `json:"arrived"`
	Late     bool         `json:"late,omitempty"` // checked in after its window, to the walk-in queue
	State    apptState    `json:"state"`
}

// apptState is where an appointment is in its day.
type apptState string

const (
	apptBooked    apptState = "booked"     // nobody has checked in yet
	apptCheckedIn apptState = "checked-in" // waiting in the queue
	apptLate      apptState = "late"       // checked in late, waiting in the walk-in queue
	apptHeld      apptState = "held"       // put aside by a clerk
	apptCalled    apptState = "called"     // called in to a room
	apptServing   apptState = "serving"    // in service
	apptServed    apptState = "served"     // the visit ended
	apptNoShow    apptState = "noshow"     // its window passed, or called and never came
	apptCancelled apptState = "cancelled"  // cancelled before anyone came
	apptDeleted   apptState = "deleted"    // the visit was deleted as needless
	apptExpired   apptState = "expired"    // the visit was still open at the day's end
)

// apptStates are every state, for the catalogue's apptstate.<state>.
var apptStates = []apptState{apptBooked, apptCheckedIn, apptLate, apptHeld, apptCalled, apptServing, apptServed,
	apptNoShow, apptCancelled, apptDeleted, apptExpired}

// ticketStates are the appointment's state by its visit's status.
var ticketStates = map[queue.Status]apptState{queue.Waiting: apptCheckedIn, queue.Held: apptHeld, queue.Called: apptCalled,
	queue.Serving: apptServing, queue.Ended: apptServed, queue.NoShow: apptNoShow, queue.Deleted: apptDeleted,
	queue.Expired: apptExpired}

// stateOf is an appointment's state, by its visit if it has one.
func stateOf(a queue.Appointment, t queue.Ticket, arrived bool) apptState {
	switch {
	case a.Cancelled:
		return apptCancelled
	case !arrived && a.NoShow:
		return apptNoShow
	case !arrived:
		return apptBooked
	case t.Status == queue.Waiting && a.Late:
		return apptLate
	}
	return ticketStates[t.Status]
}

// appointmentRowOf shows an appointment with its person masked, except to
// the clerk whose work needs it: the one the appointment is with, and the
// one serving its visit.
func appointmentRowOf(m *rowMaker, a queue.Appointment) appointmentRow {
	loc := m.st.Location()
	r := appointmentRow{ID: a.ID, At: action.Clock(a.At, loc), End: action.Clock(a.End(), loc), Minutes: a.Minutes,
		Queue: m.serviceName(a.Service), Room: a.Room, Late: a.Late}
	if rm, ok := m.st.Room(a.Room); ok {
		r.RoomName = rm.Name
	}
	t, ok := m.st.Ticket(a.Ticket)
	if ok {
		r.Arrived, r.CallID, r.Status = true, t.CallID, t.Status
	}
	r.State = stateOf(a, t, ok)
	serving := ok && t.Status.Active() && t.Clerk == m.c.Login
	if a.Clerk != "" && a.Clerk == m.c.Login || serving {
		r.Person = person{Name: a.Person.Name, HETU: a.Person.HETU, Shown: true}
	} else {
		r.Person = person{Name: maskName(a.Person.Name), HETU: maskHETU(a.Person.HETU)}
	}
	return r
}

// Open is whether the appointment still waits for its citizen: it can be
// checked in or cancelled.
func (r appointmentRow) Open() bool { return r.State == apptBooked }
