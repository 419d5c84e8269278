package web

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"vuoro/hub/queue"
)

// consoleData is what the console page renders.
type consoleData struct {
	Clerk   queue.Clerk
	CSRF    string
	Clock   string
	Tabs    []tab
	Service string
	Rooms   []roomOption
	Room    string
	Active  *row
	Rows    []row
	Error   string
}

type tab struct {
	ID, Name string
	Waiting  int
	Active   bool
}

type roomOption struct {
	ID, Name string
	Selected bool
}

type row struct {
	ID      uint64
	Status  string
	Issued  string
	Called  string
	CallID  string
	Room    string
	Persons int
	Waited  string
}

func (s *Server) console(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk) {
	s.renderConsole(w, http.StatusOK, r.URL.Query().Get("service"), se, c, "")
}

func (s *Server) renderConsole(w http.ResponseWriter, code int, service string, se session, c queue.Clerk, errText string) {
	d := consoleData{Clerk: c, CSRF: se.csrf, Room: se.room, Error: errText}
	s.eng.Read(func(st *queue.State) { s.fill(&d, st, service) })
	s.render(w, code, "console.html", d)
}

func (s *Server) fill(d *consoleData, st *queue.State, service string) {
	now := s.opts.Now().In(st.Location())
	d.Clock = now.Format("15:04")
	for _, sv := range services(st, d.Clerk) {
		if service == "" {
			service = sv.ID
		}
		d.Tabs = append(d.Tabs, tab{ID: sv.ID, Name: sv.Names["fi"], Waiting: len(st.Waiting(sv.ID)), Active: sv.ID == service})
	}
	d.Service = service
	for _, rm := range st.Rooms {
		d.Rooms = append(d.Rooms, roomOption{ID: rm.ID, Name: rm.Name, Selected: rm.ID == d.Room})
	}
	if t, ok := st.ActiveVisit(d.Clerk.Login); ok {
		a := newRow(t, now, st.Location())
		d.Active = &a
	}
	if !allowed(st, d.Clerk, service) {
		return
	}
	for _, t := range append(st.Serving(service), st.Waiting(service)...) {
		d.Rows = append(d.Rows, newRow(t, now, st.Location()))
	}
}

var statusText = map[queue.Status]string{queue.Waiting: "Ilmoittautunut", queue.Called: "Kutsuttu sisään", queue.Ended: "Päättynyt"}

func newRow(t queue.Ticket, now time.Time, loc *time.Location) row {
	r := row{ID: t.ID, Status: statusText[t.Status], Issued: clock(t.Issued, loc), Called: clock(t.Called, loc),
		CallID: t.CallID, Room: t.Room, Persons: t.Persons}
	end := now
	if !t.Called.IsZero() {
		end = t.Called
	}
	r.Waited = fmt.Sprintf("%d min", int(end.Sub(t.Issued).Minutes()))
	return r
}

func clock(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format("15:04")
}

func (s *Server) chooseRoom(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk) {
	room := r.PostFormValue("room")
	var ok bool
	s.eng.Read(func(st *queue.State) { _, ok = st.Room(room) })
	if !ok {
		s.renderConsole(w, http.StatusBadRequest, r.PostFormValue("service"), se, c, "Tuntematon huone.")
		return
	}
	s.sess.setRoom(se.token, room)
	http.Redirect(w, r, "/console?service="+r.PostFormValue("service"), http.StatusSeeOther)
}

func (s *Server) callForm(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk) {
	service := r.PostFormValue("service")
	if _, err := s.call(c, service, se.room); err != nil {
		s.renderConsole(w, status(err), service, se, c, message(err))
		return
	}
	http.Redirect(w, r, "/console?service="+service, http.StatusSeeOther)
}

func (s *Server) endForm(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk) {
	service := r.PostFormValue("service")
	id, err := strconv.ParseUint(r.PostFormValue("ticket"), 10, 64)
	if err == nil {
		_, err = s.end(c, id)
	} else {
		err = queue.ErrNotFound
	}
	if err != nil {
		s.renderConsole(w, status(err), service, se, c, message(err))
		return
	}
	http.Redirect(w, r, "/console?service="+service, http.StatusSeeOther)
}
