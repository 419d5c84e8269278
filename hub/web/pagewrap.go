package web

import (
	"net/http"

	"vuoro/hub/queue"
)

// pageHandler serves a logged-in browser.
type pageHandler func(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk)

// page wraps h with the session check, the role check and, for POSTs,
// the CSRF check. Without a session a browser is sent to log in; a live
// stream gets 401.
func (s *Server) page(least queue.Role, h pageHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		se, c, ok := s.browserSession(r)
		switch {
		case !ok && r.URL.Path == "/console/events":
			http.Error(w, "log in first", http.StatusUnauthorized)
		case !ok:
			http.Redirect(w, r, "/login", http.StatusSeeOther)
		case !se.FormOK(r):
			s.refuse(w, r, se, c, http.StatusForbidden, tr(s.lang(r), "err.csrf"))
		case !may(c, least):
			s.refuse(w, r, se, c, http.StatusForbidden, tr(s.lang(r), "err.no_right"))
		default:
			h(w, r, se, c)
		}
	}
}

func (s *Server) browserSession(r *http.Request) (session, queue.Clerk, bool) {
	se, ok := s.sess.Get(s.cookie.Value(r))
	c, known := s.clerk(se)
	return se, c, ok && known
}

// clerk returns the user behind a session; a disabled user has none.
func (s *Server) clerk(se session) (queue.Clerk, bool) {
	var c queue.Clerk
	var ok bool
	s.eng.Read(func(st *queue.State) { c, ok = st.Clerks[se.Data.Login] })
	return c, ok
}

// refuse shows the console with why a request was refused.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk, code int, text string) {
	s.renderPage(w, r, se, c, target{path: "/console"}, code, text)
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, s.lang(r), http.StatusOK, "login.html", s.loginData(r, "", ""))
}

type loginData struct {
	page
	Login string
}

func (s *Server) loginData(r *http.Request, login, errText string) loginData {
	lang := s.lang(r)
	p := page{Lang: lang, Title: tr(lang, "login.title"), Error: errText, Langs: langLinks("/login", lang)}
	return loginData{page: p, Login: login}
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	login := r.PostFormValue("login")
	c, err := s.check(s.newAttempt(r, login), r.PostFormValue("password"))
	if err != nil {
		s.render(w, s.lang(r), loginStatus(err), "login.html", s.loginData(r, login, loginText(s.lang(r), err)))
		return
	}
	s.cookie.Set(w, s.sess.Create(clerkData{Login: c.Login}).Token)
	http.Redirect(w, r, "/console", http.StatusSeeOther)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request, se session, _ queue.Clerk) {
	s.sess.Delete(se.Token)
	s.cookie.Clear(w)
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}
