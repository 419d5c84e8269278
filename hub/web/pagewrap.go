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
		case r.Method == http.MethodPost && !sameToken(r.PostFormValue("csrf"), se.csrf):
			s.refuse(w, r, se, c, http.StatusForbidden, tr(langOf(r), "err.csrf"))
		case !may(c, least):
			s.refuse(w, r, se, c, http.StatusForbidden, tr(langOf(r), "err.no_right"))
		default:
			h(w, r, se, c)
		}
	}
}

func (s *Server) browserSession(r *http.Request) (session, queue.Clerk, bool) {
	ck, err := r.Cookie(cookieName)
	if err != nil {
		return session{}, queue.Clerk{}, false
	}
	se, ok := s.sess.get(ck.Value)
	c, known := s.clerk(se)
	return se, c, ok && known
}

// clerk returns the user behind a session; a disabled user has none.
func (s *Server) clerk(se session) (queue.Clerk, bool) {
	var c queue.Clerk
	var ok bool
	s.eng.Read(func(st *queue.State) { c, ok = st.Clerks[se.login] })
	return c, ok
}

// refuse shows the console with why a request was refused.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk, code int, text string) {
	s.renderPage(w, r, se, c, target{path: "/console"}, code, text)
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, "login.html", s.loginData(r, "", ""))
}

type loginData struct {
	page
	Login string
}

func (s *Server) loginData(r *http.Request, login, errText string) loginData {
	lang := langOf(r)
	p := page{Lang: lang, Title: tr(lang, "login.title"), Error: errText, Langs: langLinks("/login", lang)}
	return loginData{page: p, Login: login}
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	login := r.PostFormValue("login")
	c, err := s.check(s.newAttempt(r, login), r.PostFormValue("password"))
	if err != nil {
		s.render(w, loginStatus(err), "login.html", s.loginData(r, login, loginText(langOf(r), err)))
		return
	}
	se := s.sess.create(c.Login)
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: se.token, Path: "/", HttpOnly: true,
		Secure: s.opts.SecureCookies, SameSite: http.SameSiteStrictMode, MaxAge: int(sessionTTL.Seconds())})
	http.Redirect(w, r, "/console", http.StatusSeeOther)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request, se session, _ queue.Clerk) {
	s.sess.del(se.token)
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: "", Path: "/", MaxAge: -1, HttpOnly: true,
		Secure: s.opts.SecureCookies, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}
