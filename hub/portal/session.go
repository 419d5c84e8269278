package portal

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"sync"
	"time"

	"vuoro/hub/portal/suomifi"
	"vuoro/hub/voucher"
)

// sessionTTL is how long a login lasts without use.
const sessionTTL = 30 * time.Minute

type kind int

const (
	kindNone kind = iota
	kindStaff
	kindProvider
	kindCitizen
)

// session is a logged-in user. A citizen's session holds their personal
// identity code; it never leaves the server.
type session struct {
	token, csrf string
	kind        kind
	login       string           // staff and providers
	person      voucher.Person   // citizens: who logged in
	id          suomifi.Identity // citizens: for single logout
	actFor      string           // citizens: the HETU they act for
	expires     time.Time
}

// sessions holds sessions in memory: a restart logs everyone out.
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

// create starts a session with a new token: a token that existed before
// the login is never the session's, so fixation gains nothing.
func (s *sessions) create(se session) session {
	se.token, se.csrf, se.expires = randomToken(), randomToken(), s.now().Add(sessionTTL)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[se.token] = &se
	return se
}

// get returns a copy of a live session and extends it.
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

func (s *sessions) update(token string, fn func(*session)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if se, ok := s.m[token]; ok {
		fn(se)
	}
}

func (s *sessions) delete(token string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, token)
}

// deleteWhere ends every session for which match is true; for logouts
// started at the identity provider.
func (s *sessions) deleteWhere(match func(*session) bool) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for k, se := range s.m {
		if match(se) {
			delete(s.m, k)
			n++
		}
	}
	return n
}

func sameToken(a, b string) bool {
	return a != "" && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}
