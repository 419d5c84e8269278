package suomifi

import (
	"sync"
	"time"
)

// replayCache remembers the IDs of used assertions until they expire.
type replayCache struct {
	mu   sync.Mutex
	now  func() time.Time
	seen map[string]time.Time
}

func newReplayCache(now func() time.Time) *replayCache {
	return &replayCache{now: now, seen: map[string]time.Time{}}
}

// use records id as used until expires and reports whether it was new.
func (c *replayCache) use(id string, expires time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	for k, t := range c.seen {
		if now.After(t) {
			delete(c.seen, k)
		}
	}
	if _, dup := c.seen[id]; dup {
		return false
	}
	c.seen[id] = expires
	return true
}
