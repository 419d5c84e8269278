package web

import (
	"net/http"
	"net/url"
	"strconv"

	"vuoro/hub/queue"
)

// target is a page to show: its path and query.
type target struct {
	path string
	q    url.Values
}

func (t target) String() string {
	if len(t.q) == 0 {
		return t.path
	}
	return t.path + "?" + t.q.Encode()
}

// view is one showing of a page: the frame, built, and who asked.
type view struct {
	page
	se session
	c  queue.Clerk
	t  target
}

// pageDef is a page of the console. build returns the template's data
// and the visits whose personal data it shows unmasked.
type pageDef struct {
	least queue.Role
	tmpl  string
	title string // catalogue key
	live  string // the template a live stream renders; "" for none
	build func(s *Server, v view) (any, []uint64)
}

// pages are the console's pages by path.
var pages map[string]pageDef

func init() {
	pages = map[string]pageDef{
		"/console":              {queue.RoleClerk, "console.html", "title.console", "console-live", (*Server).consolePage},
		"/console/appointments": {queue.RoleClerk, "appointments.html", "title.appointments", "appointments-live", (*Server).appointmentsPage},
		"/admin/queues":         {queue.RoleAdmin, "admin_queues.html", "title.queues", "", (*Server).queuesPage},
		"/admin/users":          {queue.RoleAdmin, "admin_users.html", "title.users", "", (*Server).usersPage},
		"/admin/rooms":          {queue.RoleSiteAdmin, "admin_rooms.html", "title.rooms", "", (*Server).roomsPage},
		"/admin/site":           {queue.RoleSiteAdmin, "admin_site.html", "title.site", "", (*Server).sitePage},
		"/admin/log":            {queue.RoleAdmin, "eventlog.html", "title.log", "", (*Server).logPage},
		"/admin/agencies":       {queue.RoleSiteAdmin, "admin_agencies.html", "title.agencies", "", (*Server).agenciesPage},
		"/admin/services":       {queue.RoleSiteAdmin, "admin_services.html", "title.services", "", (*Server).servicesPage},
	}
}

// adminNav lists the admin pages in the order of the navigation; each
// admin sees the ones their role may open.
var adminNav = []string{"/console", "/admin/queues", "/admin/users", "/admin/agencies", "/admin/services", "/admin/rooms", "/admin/site", "/admin/log"}

func (s *Server) show(path string) pageHandler {
	return func(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk) {
		s.renderPage(w, r, se, c, target{path, r.URL.Query()}, http.StatusOK, "")
	}
}

// renderPage shows the page at t, with an error if one is given; a page
// the user may not see falls back to the console.
func (s *Server) renderPage(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk, t target, code int, errText string) {
	def, ok := pages[t.path]
	if !ok || !may(c, def.least) {
		t, def = target{path: "/console"}, pages["/console"]
	}
	v := view{page: s.frame(r, se, c, t, def), se: se, c: c, t: t}
	v.Error = errText
	if errText == "" {
		v.Flash = takeFlash(s.sess, se.Token).in(v.Lang)
	}
	data, shown := def.build(s, v)
	s.recordAccess(c, shown, "console")
	s.render(w, v.Lang, code, def.tmpl, data)
}

// frame builds what is around every page's content.
func (s *Server) frame(r *http.Request, se session, c queue.Clerk, t target, def pageDef) page {
	lang := s.lang(r)
	p := page{Lang: lang, Title: tr(lang, def.title), Clerk: c, CSRF: se.CSRF, Here: t.String(),
		Langs: langLinks(t.String(), lang), Room: se.Data.Room}
	for _, path := range adminNav {
		if may(c, queue.RoleAdmin) && may(c, pages[path].least) {
			p.Nav = append(p.Nav, navLink{Href: path, Label: tr(lang, pages[path].title), Current: path == t.path})
		}
	}
	s.eng.Read(func(st *queue.State) {
		now := s.opts.Now().In(st.Location())
		p.Clock, p.Date, p.Zone = now.Format("15:04"), now.Format("2.1.2006"), st.Location().String()
		if def.live != "" {
			p.Rooms = roomOptions(st, se.Data.Room)
			p.Events = eventsURL(t, s.changed.Load())
		}
	})
	return p
}

// eventsURL is the address of the live stream of the page at t, as it
// was after the event seq.
func eventsURL(t target, seq uint64) string {
	q := url.Values{"page": {t.path}, "since": {strconv.FormatUint(seq, 10)}}
	if sv := t.q.Get("service"); sv != "" {
		q.Set("service", sv)
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
