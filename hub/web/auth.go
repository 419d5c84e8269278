package web

import (
	"net/http"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/queue"
)

const cookieName = "vuoro_session"

// dummyHash keeps a login for an unknown user as slow as for a known one.
var dummyHash, _ = bcrypt.GenerateFromPassword([]byte("not a password"), bcrypt.DefaultCost)

// authenticate checks a login and password and returns the clerk.
func (s *Server) authenticate(login, password string) (queue.Clerk, bool) {
	var c queue.Clerk
	var known bool
	s.eng.Read(func(st *queue.State) { c, known = st.Clerks[login] })
	hash, err := s.creds.Credential(login)
	if err != nil || !known {
		hash = dummyHash
	}
	ok := bcrypt.CompareHashAndPassword(hash, []byte(password)) == nil
	return c, ok && known && err == nil
}

// clerk returns the user behind a session; a removed user has none.
func (s *Server) clerk(se session) (queue.Clerk, bool) {
	var c queue.Clerk
	var ok bool
	s.eng.Read(func(st *queue.State) { c, ok = st.Clerks[se.login] })
	return c, ok
}

// pageHandler serves a logged-in browser.
type pageHandler func(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk)

// page wraps h with the session check, and with the CSRF check for POSTs.
func (s *Server) page(h pageHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ck, err := r.Cookie(cookieName)
		se, ok := session{}, false
		if err == nil {
			se, ok = s.sess.get(ck.Value)
		}
		c, known := s.clerk(se)
		if !ok || !known {
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		}
		if r.Method == http.MethodPost && !sameToken(r.PostFormValue("csrf"), se.csrf) {
			http.Error(w, "Lomake vanhentui. Lataa sivu uudelleen. (CSRF token missing or wrong)", http.StatusForbidden)
			return
		}
		h(w, r, se, c)
	}
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, "login.html", loginData{})
}

type loginData struct {
	Login string
	Error string
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	login, password := r.PostFormValue("login"), r.PostFormValue("password")
	c, ok := s.authenticate(login, password)
	if !ok {
		s.opts.Logger.Warn("console login failed", "login", login)
		s.render(w, http.StatusUnauthorized, "login.html", loginData{Login: login, Error: "Väärä käyttäjätunnus tai salasana."})
		return
	}
	se := s.sess.create(c.Login)
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: se.token, Path: "/", HttpOnly: true,
		Secure: s.opts.SecureCookies, SameSite: http.SameSiteStrictMode, MaxAge: int(sessionTTL.Seconds())})
	s.opts.Logger.Info("console login", "login", c.Login, "role", c.Role)
	http.Redirect(w, r, "/console", http.StatusSeeOther)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request, se session, _ queue.Clerk) {
	s.sess.delete(se.token)
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: "", Path: "/", MaxAge: -1, HttpOnly: true})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}
