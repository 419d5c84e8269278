package web

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"sync"
	"time"
)

// sessionTTL is how long a login lasts without use.
const sessionTTL = 8 * time.Hour

// session is a logged-in user.
type session struct {
	token   string
	csrf    string
	login   string
	room    string // the service point the clerk works at
	expires time.Time
}

// sessions holds the logged-in users in memory: a hub restart logs
// everyone out, which is the safe side.
type sessions struct {
	mu  sync.Mutex
	m   map[string]*session
	now func() time.Time
}

func newSessions(now func() time.Time) *sessions {
	return &sessions{m: map[string]*session{}, now: now}
}

func randomToken() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// create starts a fresh session; a new token every login prevents fixation.
func (s *sessions) create(login string) *session {
	se := &session{token: randomToken(), csrf: randomToken(), login: login, expires: s.now().Add(sessionTTL)}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[se.token] = se
	return se
}

// get returns a live session and extends it; a copy, so handlers never race.
func (s *sessions) get(token string) (session, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	se, ok := s.m[token]
	if !ok || s.now().After(se.expires) {
		delete(s.m, token)
		return session{}, false
	}
	se.expires = s.now().Add(sessionTTL)
	return *se, true
}

func (s *sessions) setRoom(token, room string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if se, ok := s.m[token]; ok {
		se.room = room
	}
}

func (s *sessions) delete(token string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, token)
}

func sameToken(a, b string) bool {
	return a != "" && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}
