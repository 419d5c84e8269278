package web

import (
	"strings"
	"time"
)

// Login throttling: after freeTries failures in a row, a login name is
// locked for firstLock, and each further failure doubles the lock up to
// maxLock. A client address is locked the same way only after
// addressTries: a service centre's clerks share one address (one NAT, one
// proxy), and one person's typos lock their own login, never the
// building's. A quiet hour forgets the failures.
const (
	freeTries    = 5
	addressTries = 50
	firstLock    = time.Minute
	maxLock      = 30 * time.Minute
	forgetAt     = time.Hour
	maxKeys      = 10000
)

type strikes struct {
	fails int
	until time.Time // locked before this
	last  time.Time // the latest failure
}

// throttle counts failed logins per key ("login:maija", "ip:10.0.0.7").
type throttle struct {
	keys guarded[string, *strikes]
	now  func() time.Time
}

func newThrottle(now func() time.Time) *throttle {
	return &throttle{keys: newGuarded[string, *strikes](), now: now}
}

// locked returns how long the longest lock among keys still lasts.
func (t *throttle) locked(keys ...string) (d time.Duration) {
	t.keys.with(func(m map[string]*strikes) {
		for _, k := range keys {
			if st, ok := m[k]; ok {
				d = max(d, st.until.Sub(t.now()))
			}
		}
	})
	return d
}

// fail counts a failed login against every key.
func (t *throttle) fail(keys ...string) {
	now := t.now()
	t.keys.with(func(m map[string]*strikes) {
		if len(m) >= maxKeys {
			forget(m, now)
		}
		for _, k := range keys {
			st, ok := m[k]
			if !ok || now.Sub(st.last) > forgetAt {
				st = &strikes{}
				m[k] = st
			}
			st.fails++
			st.last = now
			if n := st.fails - tries(k); n >= 0 {
				st.until = now.Add(min(firstLock<<min(n, 10), maxLock))
			}
		}
	})
}

// succeed forgets a key's failures.
func (t *throttle) succeed(key string) { t.keys.del(key) }

// forget drops the keys that failed long ago and are not locked.
func forget(m map[string]*strikes, now time.Time) {
	for k, st := range m {
		if now.Sub(st.last) > forgetAt && now.After(st.until) {
			delete(m, k)
		}
	}
}

// tries is how many failures a key may have before it is locked.
func tries(key string) int {
	if strings.HasPrefix(key, "ip:") {
		return addressTries
	}
	return freeTries
}
