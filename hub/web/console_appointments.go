package web

import (
	"cmp"
	"fmt"
	"maps"
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
	Rooms        []option // the service points an appointment can be in
	Clerks       []option // whom an appointment can be with
	Advisor      bool
	Alerts       []action.Alert
	DeviceAlerts []action.DeviceAlert
	Default      string // the booking form's time
}

func (s queueView) appointmentsPage(v view) (any, []uint64) {
	d := appointmentsData{view: v, Advisor: authz.May(v.c, queue.RoleAdvisor)}
	var list appointmentList
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
		}
		d.Rooms, d.Clerks = roomOptions(st, ""), clerkOptions(st, v.c)
		list = appointmentsOf(&m, d.Day)
	})
	d.Rows = list.rows
	s.recordAppointments(v.c, list.withClerk, "console")
	return d, list.tickets
}

// clerkOptions are the users an advisor may book an appointment with:
// those who serve one of the advisor's queues.
func clerkOptions(st *queue.State, c queue.Clerk) []option {
	var out []option
	mine := authz.Services(st, c)
	for _, u := range slices.SortedFunc(maps.Values(st.Clerks), func(a, b queue.Clerk) int { return cmp.Compare(a.Login, b.Login) }) {
		if slices.ContainsFunc(mine, func(sv queue.Service) bool { return authz.Allowed(st, u, sv.ID) }) {
			out = append(out, option{ID: u.Login, Name: u.Name})
		}
	}
	return out
}

// appointmentList is a day's appointments as one reader sees them, and
// whose personal data they see: the visits they serve, the appointments
// that are with them.
type appointmentList struct {
	rows      []appointmentRow
	tickets   []uint64
	withClerk []uint64
}

// appointmentsOf lists the day's appointments of m's reader's queues, by
// time.
func appointmentsOf(m *rowMaker, day string) appointmentList {
	var l appointmentList
	for _, sv := range authz.Services(m.st, m.c) {
		for _, a := range m.st.Appointments(sv.ID, day) {
			r := appointmentRowOf(m, a)
			switch {
			case r.Person.Shown && r.Arrived:
				l.tickets = append(l.tickets, a.Ticket)
			case r.Person.Shown:
				l.withClerk = append(l.withClerk, a.ID)
			}
			l.rows = append(l.rows, r)
		}
	}
	slices.SortStableFunc(l.rows, func(a, b appointmentRow) int { return strings.Compare(a.At, b.At) })
	return l
}

// recordAppointments logs that c was shown the person of appointments
// not yet checked in (an appointment with them), naming the appointment
// only.
func (s *deps) recordAppointments(c queue.Clerk, ids []uint64, where string) {
	for _, id := range ids {
		if err := s.eng.RecordAccess(authz.Actor(c), 0, fmt.Sprintf("%s appointment %d", where, id)); err != nil {
			s.opts.Logger.Error("personal data access not recorded", "appointment", id, "login", c.Login, "err", err)
		}
	}
}

// dayOf is the day asked for, if it is a date, or today.
func dayOf(asked, today string) string {
	if _, err := time.Parse(time.DateOnly, asked); err == nil {
		return asked
	}
	return today
}
