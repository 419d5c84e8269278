package webkit

import (
	"bytes"
	"encoding/json"
)

// Create starts a session for data with a new token and form token: a
// token that existed before the login is never the session's, so
// fixation gains nothing.
func (s *Sessions[T]) Create(data T) Session[T] {
	now := s.o.Now()
	e := &entry[T]{Session: Session[T]{Token: RandomToken(), CSRF: RandomToken(), Data: data, Started: now}}
	e.Expires = s.expiry(now)
	hash := hashOf(e.Token)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sweep()
	s.m[hash] = e
	s.save(hash, e)
	out := e.Session
	e.Token = ""
	return out
}

// Get returns a live session and extends it; a copy, so handlers never
// race.
func (s *Sessions[T]) Get(token string) (Session[T], bool) { return s.lookup(token, true) }

// Peek returns a live session without extending it: a live stream that
// stays open does not keep an idle login alive.
func (s *Sessions[T]) Peek(token string) (Session[T], bool) { return s.lookup(token, false) }

func (s *Sessions[T]) lookup(token string, extend bool) (out Session[T], ok bool) {
	hash := hashOf(token)
	s.mu.Lock()
	defer s.mu.Unlock()
	e, found := s.m[hash]
	if !found || !s.live(e) {
		if found {
			s.drop(hash)
		}
		return out, false
	}
	if extend {
		e.Expires = s.expiry(e.Started)
		if e.Expires.Sub(e.stored) > writeEvery {
			s.save(hash, e)
		}
	}
	out = e.Session
	out.Token = token
	return out, true
}

// Update changes a live session's data; the change is stored when it
// changes what the store keeps (fields tagged json:"-" stay in memory).
func (s *Sessions[T]) Update(token string, fn func(*T)) {
	hash := hashOf(token)
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.m[hash]
	if !ok {
		return
	}
	before, _ := json.Marshal(e.Data)
	fn(&e.Data)
	if after, _ := json.Marshal(e.Data); !bytes.Equal(before, after) {
		s.save(hash, e)
	}
}

// Delete ends one session.
func (s *Sessions[T]) Delete(token string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.drop(hashOf(token))
}

// DeleteWhere ends every session whose data match and says how many.
func (s *Sessions[T]) DeleteWhere(match func(T) bool) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	var hashes []string
	for h, e := range s.m {
		if match(e.Data) {
			hashes = append(hashes, h)
		}
	}
	s.drop(hashes...)
	return len(hashes)
}

// save writes a session through to the store; called with the lock held.
func (s *Sessions[T]) save(hash string, e *entry[T]) {
	v, err := encode(e)
	if err == nil {
		err = s.o.Store.PutSession(s.key(hash), v)
	}
	if err != nil {
		s.o.Logger.Warn("session not saved: it ends with a restart", "err", err)
		return
	}
	e.stored = e.Expires
}

// drop forgets sessions here and in the store; called with the lock held.
func (s *Sessions[T]) drop(hashes ...string) {
	keys := make([]string, len(hashes))
	for i, h := range hashes {
		delete(s.m, h)
		keys[i] = s.key(h)
	}
	s.forget(keys)
}

func (s *Sessions[T]) forget(keys []string) {
	if len(keys) == 0 {
		return
	}
	if err := s.o.Store.DeleteSessions(keys...); err != nil {
		s.o.Logger.Warn("sessions not deleted from the store", "err", err)
	}
}

// sweep drops the sessions that ended unseen, once an idle time; called
// with the lock held.
func (s *Sessions[T]) sweep() {
	if s.o.Now().Sub(s.swept) < s.o.Idle {
		return
	}
	s.swept = s.o.Now()
	var ended []string
	for h, e := range s.m {
		if !s.live(e) {
			ended = append(ended, h)
		}
	}
	s.drop(ended...)
}
