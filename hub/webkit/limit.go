package webkit

import (
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Rule is how a class of keys is limited. A key may fail Tries times,
// and the tries come back over Per (a token bucket); the failure that
// uses the last try locks the key for Lock, and each failure while none
// has come back doubles the lock, up to MaxLock.
type Rule struct {
	Tries         int
	Per           time.Duration
	Lock, MaxLock time.Duration
}

// maxKeys bounds the table: past it, keys with all their tries back are
// forgotten.
const maxKeys = 10000

type strikes struct {
	bucket *rate.Limiter
	locks  int       // locks since the bucket was last refilled
	until  time.Time // locked before this
}

// Limiter counts failed attempts per key: "login:maija", "ip:10.0.0.7".
// A key's class, before the colon, chooses its rule.
type Limiter struct {
	mu    sync.Mutex
	keys  map[string]*strikes
	rules map[string]Rule
	now   func() time.Time
}

// NewLimiter limits keys by the rules of their classes.
func NewLimiter(now func() time.Time, rules map[string]Rule) *Limiter {
	return &Limiter{keys: map[string]*strikes{}, rules: rules, now: now}
}

// Locked returns how long the longest lock among keys still lasts.
func (l *Limiter) Locked(keys ...string) (d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, k := range keys {
		if st, ok := l.keys[k]; ok {
			d = max(d, st.until.Sub(l.now()))
		}
	}
	return d
}

// Fail counts a failure against every key.
func (l *Limiter) Fail(keys ...string) {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.keys) >= maxKeys {
		l.forgetRested(now)
	}
	for _, k := range keys {
		r := l.rule(k)
		st, ok := l.keys[k]
		if !ok {
			st = &strikes{bucket: rate.NewLimiter(rate.Every(r.Per/time.Duration(r.Tries)), r.Tries)}
			l.keys[k] = st
		}
		if st.bucket.AllowN(now, 1) && st.bucket.TokensAt(now) >= 1 {
			st.locks = 0
			continue
		}
		st.until = now.Add(min(r.Lock<<min(st.locks, 10), r.MaxLock))
		st.locks++
	}
}

// Forget drops a key's failures: a successful login.
func (l *Limiter) Forget(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.keys, key)
}

func (l *Limiter) rule(key string) Rule {
	class, _, _ := strings.Cut(key, ":")
	r, ok := l.rules[class]
	if !ok {
		panic("webkit: no limit rule for " + class)
	}
	return r
}

// forgetRested drops the keys that have all their tries back and are not
// locked; called with the lock held.
func (l *Limiter) forgetRested(now time.Time) {
	for k, st := range l.keys {
		if now.After(st.until) && st.bucket.TokensAt(now) >= float64(st.bucket.Burst()) {
			delete(l.keys, k)
		}
	}
}
