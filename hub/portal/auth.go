package portal

import (
	"net/http"
	"slices"
)

const cookieName = "vuoro_portal"

type handler func(w http.ResponseWriter, r *http.Request, se session)

// as wraps a page for users of the given kinds: it checks the session,
// that the user still exists, and the CSRF token of every POST.
func (p *Portal) as(kinds ...kind) func(handler) http.HandlerFunc {
	return func(h handler) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			se, ok := p.session(r)
			if !ok || !slices.Contains(kinds, se.kind) || !p.exists(se) {
				http.Redirect(w, r, p.loginFor(kinds[0]), http.StatusSeeOther)
				return
			}
			if r.Method == http.MethodPost && !sameToken(r.PostFormValue("csrf"), se.csrf) {
				p.fail(w, r, http.StatusForbidden, "err.csrf")
				return
			}
			h(w, r, se)
		}
	}
}

func (p *Portal) session(r *http.Request) (session, bool) {
	ck, err := r.Cookie(cookieName)
	if err != nil {
		return session{}, false
	}
	return p.sess.get(ck.Value)
}

func (p *Portal) loginFor(k kind) string {
	if k == kindCitizen {
		return p.path + "/"
	}
	return p.path + "/login"
}

// setSession starts a new session and sets its cookie. SameSite=Lax: a
// citizen arrives from the identity provider by a cross-site redirect.
func (p *Portal) setSession(w http.ResponseWriter, r *http.Request, se session) session {
	if old, err := r.Cookie(cookieName); err == nil {
		p.sess.delete(old.Value)
	}
	se = p.sess.create(se)
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: se.token, Path: p.path + "/", HttpOnly: true,
		Secure: p.opts.SecureCookies, SameSite: http.SameSiteLaxMode})
	return se
}

func (p *Portal) clearSession(w http.ResponseWriter, se session) {
	p.sess.delete(se.token)
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: "", Path: p.path + "/", MaxAge: -1, HttpOnly: true,
		Secure: p.opts.SecureCookies, SameSite: http.SameSiteLaxMode})
}
