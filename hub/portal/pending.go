package portal

import (
	"sync"
	"time"

	"vuoro/hub/portal/suomifi"
)

// pendingTTL is how long a started login or logout may take.
const pendingTTL = 10 * time.Minute

// pending is a login or logout sent to the identity provider, by its
// RelayState. bind is the value of the browser's login cookie, so that a
// response finishes a login only in the browser that started it.
type pending struct {
	requestID string
	bind      string
	started   time.Time
	id        *suomifi.Identity // set when the response was valid
}

type pendings struct {
	mu  sync.Mutex
	m   map[string]*pending
	now func() time.Time
}

func newPendings(now func() time.Time) *pendings {
	return &pendings{m: map[string]*pending{}, now: now}
}

func (ps *pendings) put(relay string, p pending) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	for k, v := range ps.m {
		if ps.now().Sub(v.started) > pendingTTL {
			delete(ps.m, k)
		}
	}
	p.started = ps.now()
	ps.m[relay] = &p
}

// get returns a copy of the live pending entry for relay.
func (ps *pendings) get(relay string) (pending, bool) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	p, ok := ps.m[relay]
	if !ok || ps.now().Sub(p.started) > pendingTTL {
		return pending{}, false
	}
	return *p, true
}

// take returns and removes the entry: each is used once.
func (ps *pendings) take(relay string) (pending, bool) {
	p, ok := ps.get(relay)
	ps.mu.Lock()
	defer ps.mu.Unlock()
	delete(ps.m, relay)
	return p, ok
}

// identify records the identity a valid response brought.
func (ps *pendings) identify(relay string, id suomifi.Identity) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if p, ok := ps.m[relay]; ok {
		p.id = &id
	}
}
