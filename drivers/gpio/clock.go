package gpio

import "time"

// Clock is where the drivers take the time from. Tests pass a clock they
// move by hand; nil in the options means the real clock.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

func orReal(c Clock) Clock {
	if c == nil {
		return realClock{}
	}
	return c
}
