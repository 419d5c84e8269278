package portal

import (
	"net/http"
	"slices"
	"time"

	"vuoro/hub/webkit"
)

type handler func(w http.ResponseWriter, r *http.Request, se session)

// as wraps a page for users of the given kinds: it checks the session,
// that the user still exists, and the form token of every POST.
func (p *Portal) as(kinds ...kind) func(handler) http.HandlerFunc {
	return func(h handler) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			se, ok := p.session(r)
			if !ok || !slices.Contains(kinds, se.Data.Kind) || !p.exists(se) {
				http.Redirect(w, r, p.loginFor(kinds[0]), http.StatusSeeOther)
				return
			}
			if !se.FormOK(r) {
				p.fail(w, r, http.StatusForbidden, "err.csrf")
				return
			}
			h(w, r, se)
		}
	}
}

func (p *Portal) session(r *http.Request) (session, bool) { return p.sess.Get(p.cookie.Value(r)) }

func (p *Portal) loginFor(k kind) string {
	if k == kindCitizen {
		return p.path + "/"
	}
	return p.path + "/login"
}

// setSession starts a new session and sets its cookie, ending the one the
// browser had.
func (p *Portal) setSession(w http.ResponseWriter, r *http.Request, d userData) session {
	p.sess.Delete(p.cookie.Value(r))
	se := p.sess.Create(d)
	p.cookie.Set(w, se.Token)
	return se
}

func (p *Portal) clearSession(w http.ResponseWriter, se session) {
	p.sess.Delete(se.Token)
	p.cookie.Clear(w)
}

// clientIP is the browser's address, behind the trusted proxies.
func (p *Portal) clientIP(r *http.Request) string { return webkit.ClientIP(r, p.opts.TrustedProxies) }

// Limits of failed attempts: a login may fail 5 times in 15 minutes and
// its client address 50 times in an hour; a voucher number entry 5 times
// in 15 minutes per provider and per address. Then they wait 15 minutes,
// as the portal's message says.
var limitRules = map[string]webkit.Rule{
	"login":   {Tries: 5, Per: 15 * time.Minute, Lock: 15 * time.Minute, MaxLock: 15 * time.Minute},
	"open":    {Tries: 5, Per: 15 * time.Minute, Lock: 15 * time.Minute, MaxLock: 15 * time.Minute},
	"ip":      {Tries: 50, Per: time.Hour, Lock: 15 * time.Minute, MaxLock: 15 * time.Minute},
	"open-ip": {Tries: 5, Per: 15 * time.Minute, Lock: 15 * time.Minute, MaxLock: 15 * time.Minute},
}
