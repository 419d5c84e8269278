package web

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"time"
)

// sessionTTL is how long a login lasts without use.
const sessionTTL = 8 * time.Hour

// session is a logged-in user, in a browser or an API client.
type session struct {
	token   string
	csrf    string
	login   string
	room    string // the service point the clerk works at
	flash   note   // what the last action did, shown once
	expires time.Time
}

// sessions holds the logged-in users in memory: a hub restart logs
// everyone out, which is the safe side.
type sessions struct {
	guarded[string, *session]
	now func() time.Time
}

func newSessions(now func() time.Time) *sessions {
	return &sessions{guarded: newGuarded[string, *session](), now: now}
}

func randomToken() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// create starts a fresh session; a new token every login prevents fixation.
func (s *sessions) create(login string) *session {
	se := &session{token: randomToken(), csrf: randomToken(), login: login, expires: s.now().Add(sessionTTL)}
	s.put(se.token, se)
	return se
}

// get returns a live session and extends it; a copy, so handlers never race.
func (s *sessions) get(token string) (session, bool) {
	return s.lookup(token, true)
}

// peek returns a live session without extending it: a live stream that
// stays open does not keep an idle login alive.
func (s *sessions) peek(token string) (session, bool) {
	return s.lookup(token, false)
}

func (s *sessions) lookup(token string, extend bool) (out session, ok bool) {
	s.with(func(m map[string]*session) {
		se, found := m[token]
		if !found || s.now().After(se.expires) {
			delete(m, token)
			return
		}
		if extend {
			se.expires = s.now().Add(sessionTTL)
		}
		out, ok = *se, true
	})
	return out, ok
}

// update changes a live session.
func (s *sessions) update(token string, fn func(*session)) {
	s.with(func(m map[string]*session) {
		if se, ok := m[token]; ok {
			fn(se)
		}
	})
}

// takeFlash returns the session's flash and clears it.
func (s *sessions) takeFlash(token string) note {
	var n note
	s.update(token, func(se *session) { n, se.flash = se.flash, note{} })
	return n
}

// deleteLogin ends every session of a login.
func (s *sessions) deleteLogin(login string) {
	s.with(func(m map[string]*session) {
		for tok, se := range m {
			if se.login == login {
				delete(m, tok)
			}
		}
	})
}

func sameToken(a, b string) bool {
	return a != "" && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}
