// Package queuetest holds what tests of the hub's parts need around the
// queue engine: a clock moved by hand, so a test can run a site through its
// days (and its day closes) without waiting, and the smallest site to run.
package queuetest

import (
	"sync"
	"time"
)

// Clock is a queue.Clock that moves only when the test says so. It is safe
// for concurrent use.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// NewClock returns a clock showing now.
func NewClock(now time.Time) *Clock { return &Clock{now: now} }

// Now tells the time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Set moves the clock to t.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
}

// Advance moves the clock on by d.
func (c *Clock) Advance(d time.Duration) { c.Set(c.Now().Add(d)) }
