package web

import (
	"net/url"
	"slices"
	"strconv"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
	"vuoro/hub/web/authz"
)

// queueView is the clerk's view of the queues: the console's tabs and
// table, and the booked appointments.
type queueView struct{ *deps }

// consoleData is the console page: the tabs, the user's visit and the
// open queue's table.
type consoleData struct {
	view
	Tabs         []tab
	Service      string
	Queue        tab // the open tab's queue
	Active       *row
	Rows         []row // the table's page of rows
	Pages        pager
	Targets      []option // queues a visit can be transferred to
	Alerts       []action.Alert
	DeviceAlerts []action.DeviceAlert
	Advisor      bool // may transfer, delete, book and answer help
	NoShowAfter  int
}

// tab is a queue of the tab bar, or the booked appointments.
type tab struct {
	ID, Name, Href  string
	Key             string // a tab other than a queue's: "appointments", "points", "feeds"
	Waiting         int
	Paused, Current bool
}

func (s queueView) consolePage(v view) (any, []uint64) {
	d := consoleData{view: v, Service: v.t.q.Get("service"), Advisor: authz.May(v.c, queue.RoleAdvisor)}
	var m rowMaker
	s.eng.Read(func(st *queue.State) {
		m = rowMaker{st: st, c: v.c, lang: v.Lang, now: s.opts.Now()}
		d.fill(&m)
		if d.Advisor {
			d.Alerts = action.Alerts(st)
			d.DeviceAlerts = action.DeviceAlerts(st, v.c)
		}
	})
	return d, m.shown
}

func (d *consoleData) fill(m *rowMaker) {
	st := m.st
	d.NoShowAfter = st.NoShowAfter()
	d.Tabs = tabs(m, d.Service, false)
	if i := slices.IndexFunc(d.Tabs, func(t tab) bool { return t.Current }); i >= 0 {
		d.Queue, d.Service = d.Tabs[i], d.Tabs[i].ID
	}
	if t, ok := st.ActiveVisit(m.c.Login); ok {
		r := m.row(t)
		d.Active = &r
	}
	for _, sv := range authz.Services(st, m.c) {
		if sv.ID != d.Service {
			d.Targets = append(d.Targets, option{ID: sv.ID, Name: m.serviceName(sv.ID)})
		}
	}
	if d.Service != "" {
		from, _ := strconv.Atoi(d.t.q.Get("from"))
		d.Rows, d.Pages = visitRows(m, d.Service, from)
	}
}

// tabs are the user's queues and the booked appointments; the current
// one is the appointments', or service's, or the first queue.
func tabs(m *rowMaker, service string, appointments bool) []tab {
	var out []tab
	for _, sv := range authz.Services(m.st, m.c) {
		out = append(out, tab{ID: sv.ID, Name: m.serviceName(sv.ID), Href: "/console?service=" + sv.ID,
			Waiting: m.st.WaitingCount(sv.ID), Paused: sv.Paused, Current: sv.ID == service})
	}
	if !appointments && len(out) > 0 && !slices.ContainsFunc(out, func(t tab) bool { return t.Current }) {
		out[0].Current = true
	}
	return append(out, tab{Key: "appointments", Name: tr(m.lang, "tab.appointments"), Href: "/console/appointments", Current: appointments},
		tab{Key: "points", Name: tr(m.lang, "tab.points"), Href: "/console/points"},
		tab{Key: "feeds", Name: tr(m.lang, "tab.feeds"), Href: "/console/feeds"})
}

// maxClosed is how many of the day's ended visits the table lists.
const maxClosed = 30

// visitRows lists a page of a queue's table from row from: visits in
// service, then waiting in calling order, then held, then the day's ended
// ones, latest first. Only the page's rows are made.
func visitRows(m *rowMaker, service string, from int) ([]row, pager) {
	var active, held, closed []queue.Ticket
	for _, t := range m.st.Visits(service, m.st.Today(m.now)) {
		switch {
		case t.Status.Active():
			active = append(active, t)
		case t.Status == queue.Held:
			held = append(held, t)
		default:
			closed = append(closed, t)
		}
	}
	slices.Reverse(closed)
	closed = closed[:min(len(closed), maxClosed)]
	waiting := m.st.WaitingCount(service)
	pg := pageOf(from, len(active)+waiting+len(held)+len(closed), "/console?service="+url.QueryEscape(service))
	var out []row
	at := 0 // the first row of the part below
	for _, part := range []struct {
		n    int
		list func(from, n int) []queue.Ticket
	}{
		{len(active), sliceOf(active)},
		{waiting, func(from, n int) []queue.Ticket { return m.st.WaitingPage(service, from, n) }},
		{len(held), sliceOf(held)},
		{len(closed), sliceOf(closed)},
	} {
		lo, hi := max(pg.from, at), min(pg.from+pageRows, at+part.n)
		if lo < hi {
			for _, t := range part.list(lo-at, hi-lo) {
				out = append(out, m.row(t))
			}
		}
		at += part.n
	}
	return out, pg
}

func sliceOf(ts []queue.Ticket) func(from, n int) []queue.Ticket {
	return func(from, n int) []queue.Ticket { return ts[from : from+n] }
}
