package web

import (
	"slices"
	"strings"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
	"vuoro/hub/web/authz"
)

// appointmentsData is the booked appointments' tab ("Varatut ajat").
type appointmentsData struct {
	view
	Tabs         []tab
	Day          string // "2026-11-23"
	DayText      string // "23.11.2026"
	Rows         []appointmentRow
	Services     []option // where an advisor can book
	Advisor      bool
	Alerts       []action.Alert
	DeviceAlerts []action.DeviceAlert
	Default      string // the booking form's time
}

type appointmentRow struct {
	ID      uint64       `json:"id"`
	At      string       `json:"at"`
	Queue   string       `json:"queue"`
	Person  person       `json:"person"`
	CallID  string       `json:"call_id,omitempty"` // the ticket it was checked in as
	Status  queue.Status `json:"status,omitempty"`
	Arrived bool         `json:"arrived"`
}

func (s queueView) appointmentsPage(v view) (any, []uint64) {
	d := appointmentsData{view: v, Advisor: authz.May(v.c, queue.RoleAdvisor)}
	s.eng.Read(func(st *queue.State) {
		m := rowMaker{st: st, c: v.c, lang: v.Lang, now: s.opts.Now()}
		d.Tabs = tabs(&m, "", true)
		if d.Advisor {
			d.Alerts = action.Alerts(st)
			d.DeviceAlerts = action.DeviceAlerts(st, v.c)
		}
		d.Day = dayOf(v.t.q.Get("day"), st.Today(m.now))
		day, _ := time.Parse(time.DateOnly, d.Day)
		d.DayText = day.Format("2.1.2006")
		d.Default = d.Day + "T" + m.now.In(st.Location()).Add(time.Hour).Format("15:00")
		for _, sv := range authz.Services(st, v.c) {
			d.Services = append(d.Services, option{ID: sv.ID, Name: m.serviceName(sv.ID)})
			for _, a := range st.Appointments(sv.ID, d.Day) {
				d.Rows = append(d.Rows, appointmentRowOf(&m, a))
			}
		}
	})
	slices.SortStableFunc(d.Rows, func(a, b appointmentRow) int { return strings.Compare(a.At, b.At) })
	return d, nil
}

// dayOf is the day asked for, if it is a date, or today.
func dayOf(asked, today string) string {
	if _, err := time.Parse(time.DateOnly, asked); err == nil {
		return asked
	}
	return today
}

// appointmentRowOf shows an appointment with its person masked: the
// clerk who calls the visit sees them in full.
func appointmentRowOf(m *rowMaker, a queue.Appointment) appointmentRow {
	r := appointmentRow{ID: a.ID, At: action.Clock(a.At, m.st.Location()), Queue: m.serviceName(a.Service),
		Person: person{Name: maskName(a.Person.Name), HETU: maskHETU(a.Person.HETU)}}
	if t, ok := m.st.Ticket(a.Ticket); ok {
		r.Arrived, r.CallID, r.Status = true, t.CallID, t.Status
	}
	return r
}
