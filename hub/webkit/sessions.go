package webkit

import (
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"
)

// SessionStore keeps sessions across restarts, keyed by a hash of the
// token; the hub's *store.Store is one.
type SessionStore interface {
	PutSession(key string, v []byte) error
	DeleteSessions(keys ...string) error
	EachSession(fn func(key string, v []byte)) error
}

// writeEvery is how far a session's expiry may run ahead of its stored
// copy: using a page does not write to the disk on every request.
const writeEvery = 5 * time.Minute

// SessionOptions configure a session table.
type SessionOptions struct {
	Store SessionStore
	// Name keeps the sessions of apps that share a store apart. The
	// console's is "": its sessions were stored before names were.
	Name           string
	Idle, Absolute time.Duration // a session ends unused for Idle, or Absolute after login
	Now            func() time.Time
	Logger         *slog.Logger
}

// Session is a logged-in browser or API client, with the app's data.
type Session[T any] struct {
	Token   string // the browser's; only in memory, never stored
	CSRF    string // the token every form of the session carries
	Data    T
	Started time.Time
	Expires time.Time
}

// FormOK reports whether r is safe to act on: not a POST, or a POST with
// the session's form token.
func (se Session[T]) FormOK(r *http.Request) bool {
	return r.Method != http.MethodPost || SameToken(r.PostFormValue("csrf"), se.CSRF)
}

type entry[T any] struct {
	Session[T]
	stored time.Time // the expiry last written to the store
}

// Sessions holds an app's sessions, keyed by the hash of their token, and
// writes them through to the store: a restart logs nobody out.
type Sessions[T any] struct {
	mu    sync.Mutex
	m     map[string]*entry[T]
	o     SessionOptions
	swept time.Time
}

// NewSessions reads the live sessions of o.Name from the store and drops
// the ones that have ended.
func NewSessions[T any](o SessionOptions) *Sessions[T] {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	s := &Sessions[T]{m: map[string]*entry[T]{}, o: o, swept: o.Now()}
	var ended []string
	err := o.Store.EachSession(func(key string, v []byte) {
		hash, ok := s.hashOf(key)
		if !ok {
			return
		}
		e, err := decode[T](v, o.Idle)
		if err != nil || !s.live(e) {
			ended = append(ended, key)
			return
		}
		s.m[hash] = e
	})
	if err != nil {
		o.Logger.Warn("sessions not read: everyone logs in again", "err", err)
	}
	s.forget(ended)
	return s
}

// key is the store's name of a session; hashOf reverses it for this
// table's own keys.
func (s *Sessions[T]) key(hash string) string {
	if s.o.Name == "" {
		return hash
	}
	return s.o.Name + ":" + hash
}

func (s *Sessions[T]) hashOf(key string) (string, bool) {
	name, hash, found := strings.Cut(key, ":")
	if !found {
		name, hash = "", key
	}
	return hash, name == s.o.Name
}

func (s *Sessions[T]) live(e *entry[T]) bool { return s.o.Now().Before(e.Expires) }

// expiry is when a session used now ends.
func (s *Sessions[T]) expiry(started time.Time) time.Time {
	return minTime(s.o.Now().Add(s.o.Idle), started.Add(s.o.Absolute))
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
