package web

import (
	"net/http"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
	"vuoro/hub/web/authz"
	"vuoro/shared/i18n"
)

// apiReads answer the API's GETs: the user's queues, the day's
// appointments, help requests, devices, users and the event log.
type apiReads struct{ *deps }

// apiVisit is a visit as the API shows it, with its person as the reader
// may see them.
type apiVisit struct {
	queue.Ticket
	Person *person `json:"person,omitempty"`
}

type queueOut struct {
	Service string     `json:"service"`
	Paused  bool       `json:"paused"`
	Waiting []apiVisit `json:"waiting"`
	Serving []apiVisit `json:"serving"`
}

func (s apiReads) queues(w http.ResponseWriter, _ *http.Request, _ session, c queue.Clerk) {
	out := []queueOut{}
	var shown []uint64
	s.eng.Read(func(st *queue.State) {
		visits := func(ts []queue.Ticket) []apiVisit {
			vs := make([]apiVisit, len(ts))
			for i, t := range ts {
				vs[i].Ticket = action.MaskedVisit(t)
				p, ok := personFor(st, c, t)
				if ok {
					vs[i].Person = &p
				}
				if p.Shown {
					shown = append(shown, t.ID)
				}
			}
			return vs
		}
		for _, sv := range authz.Services(st, c) {
			out = append(out, queueOut{Service: sv.ID, Paused: sv.Paused, Waiting: visits(st.Waiting(sv.ID)), Serving: visits(st.Serving(sv.ID))})
		}
	})
	s.recordAccess(c, shown, "api")
	writeJSON(w, http.StatusOK, out)
}

func (s apiReads) appointments(w http.ResponseWriter, r *http.Request, _ session, c queue.Clerk) {
	var l appointmentList
	s.eng.Read(func(st *queue.State) {
		m := rowMaker{st: st, c: c, lang: i18n.EN, now: s.opts.Now()}
		l = appointmentsOf(&m, dayOf(r.URL.Query().Get("day"), st.Today(m.now)))
	})
	s.recordAccess(c, l.tickets, "api")
	s.recordAppointments(c, l.withClerk, "api")
	writeJSON(w, http.StatusOK, append([]appointmentRow{}, l.rows...))
}

func (s apiReads) help(w http.ResponseWriter, _ *http.Request, _ session, _ queue.Clerk) {
	var out []action.Alert
	s.eng.Read(func(st *queue.State) { out = action.Alerts(st) })
	writeJSON(w, http.StatusOK, out)
}

func (s apiReads) deviceAlerts(w http.ResponseWriter, _ *http.Request, _ session, c queue.Clerk) {
	var out []action.DeviceAlert
	s.eng.Read(func(st *queue.State) { out = action.DeviceAlerts(st, c) })
	writeJSON(w, http.StatusOK, out)
}

func (s apiReads) devices(w http.ResponseWriter, _ *http.Request, _ session, _ queue.Clerk) {
	writeJSON(w, http.StatusOK, s.act.DeviceList())
}

func (s apiReads) users(w http.ResponseWriter, _ *http.Request, _ session, c queue.Clerk) {
	var out []queue.Clerk
	s.eng.Read(func(st *queue.State) { out = authz.UsersSeen(st, c) })
	writeJSON(w, http.StatusOK, out)
}

func (s apiReads) events(w http.ResponseWriter, r *http.Request, _ session, c queue.Clerk) {
	var f logFilter
	var err error
	s.eng.Read(func(st *queue.State) { f, err = parseLogFilter(r.URL.Query(), st.Location(), st.Today(s.opts.Now())) })
	var out logResult
	if err == nil {
		out, err = logBrowser{s.deps}.readLog(c, s.lang(r), f)
	}
	if err != nil {
		writeJSON(w, status(err), apiError{err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, out)
}
