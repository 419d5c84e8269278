package web

import (
	"net/http"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// pageHandler serves a logged-in browser.
type pageHandler func(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk)

// page wraps h with the session check, the role check and, for POSTs,
// the CSRF check. Without a session a browser is sent to log in; a live
// stream gets 401.
func (s *deps) page(least queue.Role, h pageHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		se, c, ok := s.browserSession(r)
		switch {
		case !ok && r.URL.Path == "/console/events":
			http.Error(w, "log in first", http.StatusUnauthorized)
		case !ok:
			http.Redirect(w, r, "/login", http.StatusSeeOther)
		case !se.FormOK(r):
			s.refuse(w, r, se, c, http.StatusForbidden, tr(s.lang(r), "err.csrf"))
		case !authz.May(c, least):
			s.refuse(w, r, se, c, http.StatusForbidden, tr(s.lang(r), "err.no_right"))
		default:
			h(w, r, se, c)
		}
	}
}

func (s *deps) browserSession(r *http.Request) (session, queue.Clerk, bool) {
	se, ok := s.sess.Get(s.cookie.Value(r))
	c, known := s.clerk(se)
	return se, c, ok && known
}

// refuse shows the console with why a request was refused.
func (s *deps) refuse(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk, code int, text string) {
	s.renderPage(w, r, se, c, target{path: "/console"}, code, text)
}
