package web

import (
	"net/http"

	"vuoro/hub/queue"
	"vuoro/shared/i18n"
)

func (s *Server) apiLogin(w http.ResponseWriter, r *http.Request) {
	in, err := jsonInput(w, r)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{"malformed JSON body: " + err.Error()})
		return
	}
	c, err := s.check(s.newAttempt(r, in.Login), in.Password)
	if err != nil {
		writeJSON(w, loginStatus(err), apiError{loginText(i18n.EN, err)})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"token": s.sess.Create(clerkData{Login: c.Login}).Token})
}

func (s *Server) apiLogout(w http.ResponseWriter, _ *http.Request, se session, _ queue.Clerk) {
	s.sess.Delete(se.Token)
	writeJSON(w, http.StatusOK, struct{}{})
}

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

func (s *Server) apiQueues(w http.ResponseWriter, _ *http.Request, _ session, c queue.Clerk) {
	out := []queueOut{}
	var shown []uint64
	s.eng.Read(func(st *queue.State) {
		visits := func(ts []queue.Ticket) []apiVisit {
			vs := make([]apiVisit, len(ts))
			for i, t := range ts {
				vs[i].Ticket = maskedVisit(t)
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
		for _, sv := range services(st, c) {
			out = append(out, queueOut{Service: sv.ID, Paused: sv.Paused, Waiting: visits(st.Waiting(sv.ID)), Serving: visits(st.Serving(sv.ID))})
		}
	})
	s.recordAccess(c, shown, "api")
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiAppointments(w http.ResponseWriter, r *http.Request, _ session, c queue.Clerk) {
	out := []appointmentRow{}
	s.eng.Read(func(st *queue.State) {
		m := rowMaker{st: st, c: c, lang: i18n.EN, now: s.opts.Now()}
		day := dayOf(r.URL.Query().Get("day"), st.Today(m.now))
		for _, sv := range services(st, c) {
			for _, a := range st.Appointments(sv.ID, day) {
				out = append(out, appointmentRowOf(&m, a))
			}
		}
	})
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiHelp(w http.ResponseWriter, _ *http.Request, _ session, _ queue.Clerk) {
	var out []alert
	s.eng.Read(func(st *queue.State) { out = alertsOf(st) })
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiUsers(w http.ResponseWriter, _ *http.Request, _ session, c queue.Clerk) {
	var out []queue.Clerk
	s.eng.Read(func(st *queue.State) { out = usersSeen(st, c) })
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request, _ session, c queue.Clerk) {
	var f logFilter
	var err error
	s.eng.Read(func(st *queue.State) { f, err = parseLogFilter(r.URL.Query(), st.Location(), st.Today(s.opts.Now())) })
	var out logResult
	if err == nil {
		out, err = s.readLog(c, f)
	}
	if err != nil {
		writeJSON(w, status(err), apiError{err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, out)
}
