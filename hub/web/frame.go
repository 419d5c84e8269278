package web

import (
	"net/http"
	"net/url"
	"strconv"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

func (s *deps) show(path string) pageHandler {
	return func(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk) {
		s.renderPage(w, r, se, c, target{path, r.URL.Query()}, http.StatusOK, "")
	}
}

// renderPage shows the page at t, with an error if one is given; a page
// the user may not see falls back to the console.
func (s *deps) renderPage(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk, t target, code int, errText string) {
	v := s.viewOf(r, se, c, t)
	v.Error = errText
	if errText == "" {
		v.Flash = noteText(v.Lang, takeFlash(s.sess, se.Token))
	}
	s.renderView(w, code, v)
}

// viewOf is a showing of the page at t, or of the console where the user
// may not see it.
func (s *deps) viewOf(r *http.Request, se session, c queue.Clerk, t target) view {
	def, ok := pages[t.path]
	if !ok || !authz.May(c, def.least) {
		t, def = target{path: "/console"}, pages["/console"]
	}
	return view{page: s.frame(r, se, c, t, def), se: se, c: c, t: t}
}

// renderView builds and sends a page.
func (s *deps) renderView(w http.ResponseWriter, code int, v view) {
	def, c := pages[v.t.path], v.c
	data, shown := def.build(s, v)
	s.recordAccess(c, shown, "console")
	s.render(w, v.Lang, code, def.tmpl, data)
}

// frame builds what is around every page's content.
func (s *deps) frame(r *http.Request, se session, c queue.Clerk, t target, def pageDef) page {
	lang := s.lang(r)
	p := page{Lang: lang, Title: tr(lang, def.title), Clerk: c, CSRF: se.CSRF, Here: t.String(),
		Langs: langLinks(t.String(), lang)}
	nav := adminNav
	if !authz.May(c, queue.RoleAdmin) {
		nav = advisorNav
	}
	for _, path := range nav {
		if authz.May(c, queue.RoleAdvisor) && authz.May(c, pages[path].least) {
			p.Nav = append(p.Nav, navLink{Href: path, Label: tr(lang, pages[path].title), Current: path == t.path})
		}
	}
	s.eng.Read(func(st *queue.State) {
		now := s.opts.Now().In(st.Location())
		p.Clock, p.Date, p.Zone = now.Format("15:04"), now.Format("2.1.2006"), st.Location().String()
		rs, _ := st.ClerkRoom(c.Login)
		p.Room, p.RoomPaused = rs.Room, rs.Paused
		if def.live != "" {
			p.Rooms = roomOptions(st, p.Room)
			p.Reserved = reservedNow(st, c, p.Room, s.opts.Now(), lang)
			p.Events = eventsURL(t, s.changed.Load())
		}
	})
	return p
}

// liveQuery is what of a page's query its live stream keeps: the queue,
// the page of its table, and the day of the appointments.
var liveQuery = []string{"service", "from", "day"}

// eventsURL is the address of the live stream of the page at t, as it
// was after the event seq.
func eventsURL(t target, seq uint64) string {
	q := url.Values{"page": {t.path}, "since": {strconv.FormatUint(seq, 10)}}
	for _, k := range liveQuery {
		if v := t.q.Get(k); v != "" {
			q.Set(k, v)
		}
	}
	return "/console/events?" + q.Encode()
}

func roomOptions(st *queue.State, current string) []option {
	out := make([]option, 0, len(st.Rooms))
	for _, rm := range st.Rooms {
		out = append(out, option{ID: rm.ID, Name: rm.Name, Selected: rm.ID == current})
	}
	return out
}
