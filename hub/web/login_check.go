package web

import (
	"fmt"
	"net/http"
	"strings"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/webkit"
	"vuoro/shared/i18n"
)

// Login throttling: a login name may fail 5 times, a client address 50
// times, and the tries come back over an hour; the failure that uses the
// last try locks for a minute, and each further one doubles the lock up
// to 30 minutes. A service centre's clerks share one address (one NAT,
// one proxy): one person's typos lock their own login, never the
// building's.
var loginRules = map[string]webkit.Rule{
	"login": {Tries: 5, Per: time.Hour, Lock: time.Minute, MaxLock: 30 * time.Minute},
	"ip":    {Tries: 50, Per: time.Hour, Lock: time.Minute, MaxLock: 30 * time.Minute},
}

// authenticate checks a login and password and returns the user.
func (s logins) authenticate(login, password string) (queue.Clerk, bool) {
	var c queue.Clerk
	var known bool
	s.eng.Read(func(st *queue.State) { c, known = st.Clerks[login] })
	hash, err := s.creds(login)
	return c, webkit.CheckPassword(hash, known && err == nil, password)
}

func (s logins) creds(login string) ([]byte, error) { return s.store.Credential(login) }

// attempt is one login try, throttled per login name and client address.
type attempt struct {
	login, ip string
}

func (s logins) newAttempt(r *http.Request, login string) attempt {
	return attempt{login: strings.ToLower(login), ip: webkit.ClientIP(r, s.opts.TrustedProxies)}
}

func (a attempt) keys() []string { return []string{"login:" + a.login, "ip:" + a.ip} }

// errThrottled is a login refused unheard after too many failures.
type errThrottled struct{ wait time.Duration }

func (e errThrottled) Error() string {
	return fmt.Sprintf("web: too many failed logins; wait %s", e.wait)
}

func (e errThrottled) text(lang i18n.Lang) string {
	return tr(lang, "login.throttled", int((e.wait+time.Minute-1)/time.Minute))
}

// check authenticates an attempt unless its login or address is locked.
func (s logins) check(a attempt, password string) (queue.Clerk, error) {
	if wait := s.limit.Locked(a.keys()...); wait > 0 {
		s.opts.Logger.Warn("console login refused: locked", "login", maskAll(a.login), "ip", a.ip, "wait", wait.Round(time.Second))
		return queue.Clerk{}, errThrottled{wait}
	}
	c, ok := s.authenticate(a.login, password)
	if !ok {
		s.limit.Fail(a.keys()...)
		s.opts.Logger.Warn("console login failed", "login", maskAll(a.login), "ip", a.ip) // a code typed as a login stays out
		return queue.Clerk{}, errBadLogin
	}
	s.limit.Forget("login:" + a.login)
	s.opts.Logger.Info("console login", "login", c.Login, "role", c.Role)
	return c, nil
}

var errBadLogin = fmt.Errorf("web: wrong login or password")

// loginStatus is the HTTP status of a refused login.
func loginStatus(err error) int {
	if _, ok := err.(errThrottled); ok {
		return http.StatusTooManyRequests
	}
	return http.StatusUnauthorized
}

func loginText(lang i18n.Lang, err error) string {
	if t, ok := err.(errThrottled); ok {
		return t.text(lang)
	}
	return tr(lang, "login.wrong")
}
