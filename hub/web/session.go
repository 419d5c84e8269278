package web

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"time"
)

// sessionTTL is how long a login lasts without use.
const sessionTTL = 8 * time.Hour

// persistEvery is how far a session's expiry may run ahead of its stored
// copy: using the console does not write to the disk on every request.
const persistEvery = 5 * time.Minute

// session is a logged-in user, in a browser or an API client.
type session struct {
	token   string
	csrf    string
	login   string
	room    string // the service point the clerk works at
	flash   note   // what the last action did, shown once
	expires time.Time
	stored  time.Time // the expiry last written to the store
}

// record is a session as the store keeps it: no token, no flash.
type record struct {
	Login   string    `json:"login"`
	CSRF    string    `json:"csrf"`
	Room    string    `json:"room,omitempty"`
	Expires time.Time `json:"expires"`
}

// SessionStore keeps sessions across restarts, keyed by a hash of the
// token; the hub's data file is one.
type SessionStore interface {
	PutSession(key string, v []byte) error
	DeleteSessions(keys ...string) error
	EachSession(fn func(key string, v []byte)) error
}

// sessions holds the logged-in users, keyed by the hash of their token,
// and writes them through to the store: a hub restart logs nobody out,
// and a stolen data file holds no usable token.
type sessions struct {
	guarded[string, *session]
	now   func() time.Time
	store SessionStore
	log   *slog.Logger
}

func newSessions(now func() time.Time, st SessionStore, log *slog.Logger) *sessions {
	s := &sessions{guarded: newGuarded[string, *session](), now: now, store: st, log: log}
	err := st.EachSession(func(key string, v []byte) {
		var r record
		if json.Unmarshal(v, &r) == nil && now().Before(r.Expires) {
			s.m[key] = &session{csrf: r.CSRF, login: r.Login, room: r.Room, expires: r.Expires, stored: r.Expires}
		}
	})
	if err != nil {
		log.Warn("console sessions not read: everyone logs in again", "err", err)
	}
	return s
}

func randomToken() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// keyOf is the name a session is kept under.
func keyOf(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// create starts a fresh session; a new token every login prevents fixation.
func (s *sessions) create(login string) *session {
	se := &session{token: randomToken(), csrf: randomToken(), login: login, expires: s.now().Add(sessionTTL)}
	s.with(func(m map[string]*session) {
		m[keyOf(se.token)] = se
		s.save(keyOf(se.token), se)
	})
	return se
}

// save writes a session through to the store; called with the lock held.
func (s *sessions) save(key string, se *session) {
	v, _ := json.Marshal(record{Login: se.login, CSRF: se.csrf, Room: se.room, Expires: se.expires})
	if err := s.store.PutSession(key, v); err != nil {
		s.log.Warn("console session not saved: it ends with a restart", "err", err)
		return
	}
	se.stored = se.expires
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
	key := keyOf(token)
	s.with(func(m map[string]*session) {
		se, found := m[key]
		if !found || s.now().After(se.expires) {
			if found {
				s.drop(m, key)
			}
			return
		}
		if extend {
			se.expires = s.now().Add(sessionTTL)
			if se.expires.Sub(se.stored) > persistEvery {
				s.save(key, se)
			}
		}
		out, ok = *se, true
		out.token = token
	})
	return out, ok
}

// drop forgets a session here and in the store; called with the lock held.
func (s *sessions) drop(m map[string]*session, keys ...string) {
	for _, k := range keys {
		delete(m, k)
	}
	if err := s.store.DeleteSessions(keys...); err != nil {
		s.log.Warn("console session not deleted from the store", "err", err)
	}
}

// update changes a live session. A change of room is stored; a flash,
// shown once, is not.
func (s *sessions) update(token string, fn func(*session)) {
	key := keyOf(token)
	s.with(func(m map[string]*session) {
		if se, ok := m[key]; ok {
			room := se.room
			fn(se)
			if se.room != room {
				s.save(key, se)
			}
		}
	})
}

// del ends one session.
func (s *sessions) del(token string) {
	s.with(func(m map[string]*session) { s.drop(m, keyOf(token)) })
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
		var keys []string
		for k, se := range m {
			if se.login == login {
				keys = append(keys, k)
			}
		}
		if len(keys) > 0 {
			s.drop(m, keys...)
		}
	})
}

func sameToken(a, b string) bool {
	return a != "" && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}
