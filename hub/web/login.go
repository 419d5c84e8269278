package web

import (
	"net/http"

	"vuoro/hub/queue"
	"vuoro/shared/i18n"
)

// logins log users in and out: in a browser with a session cookie, and
// through the API with a bearer token.
type logins struct{ *deps }

func (s logins) loginPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, s.lang(r), http.StatusOK, "login.html", s.loginData(r, "", ""))
}

type loginData struct {
	page
	Login string
}

func (s logins) loginData(r *http.Request, login, errText string) loginData {
	lang := s.lang(r)
	p := page{Lang: lang, Title: tr(lang, "login.title"), Error: errText, Langs: langLinks("/login", lang)}
	return loginData{page: p, Login: login}
}

func (s logins) login(w http.ResponseWriter, r *http.Request) {
	login := r.PostFormValue("login")
	c, err := s.check(s.newAttempt(r, login), r.PostFormValue("password"))
	if err != nil {
		s.render(w, s.lang(r), loginStatus(err), "login.html", s.loginData(r, login, loginText(s.lang(r), err)))
		return
	}
	s.cookie.Set(w, s.sess.Create(clerkData{Login: c.Login}).Token)
	http.Redirect(w, r, "/console", http.StatusSeeOther)
}

func (s logins) logout(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk) {
	s.leaveRoom(c)
	s.sess.Delete(se.Token)
	s.cookie.Clear(w)
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// apiLoginReq is the API's login.
type apiLoginReq struct {
	Login    string `json:"login"`
	Password string `json:"password"`
}

func (s logins) apiLogin(w http.ResponseWriter, r *http.Request) {
	var in apiLoginReq
	if err := decodeJSON(w, r, &in); err != nil {
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

func (s logins) apiLogout(w http.ResponseWriter, _ *http.Request, se session, c queue.Clerk) {
	s.leaveRoom(c)
	s.sess.Delete(se.Token)
	writeJSON(w, http.StatusOK, struct{}{})
}

// leaveRoom closes the room of a user logging out. The logout goes on if
// the close fails: the day close ends the session in the log.
func (s logins) leaveRoom(c queue.Clerk) {
	if err := s.eng.CloseRoom(c.Login, queue.RoomLogout); err != nil {
		s.opts.Logger.Error("closing the room at logout failed", "err", err)
	}
}
