package queue

import (
	"fmt"
	"time"
)

// LatePolicy is what a queue does with a citizen who comes after their
// appointment's check-in window.
type LatePolicy string

// The late policies.
const (
	// LateRefuse refuses the check-in and tells the citizen to see the
	// service advisor (a new time, or the walk-in queue at their word).
	LateRefuse LatePolicy = "refuse"
	// LateWalkIn checks the citizen in to the walk-in queue of the same
	// service: a ticket by check-in time, not at the appointment's time.
	LateWalkIn LatePolicy = "walk-in"
)

// Window is when a citizen may check in for an appointment: from Early
// before its time until Late after it. After it the appointment is a
// no-show, and a late arrival is handled by Policy.
type Window struct {
	Early  time.Duration `json:"early"`
	Late   time.Duration `json:"late"`
	Policy LatePolicy    `json:"policy"`
}

// DefaultWindow is a queue's check-in window until its admin sets one:
// from 30 minutes before to 10 minutes after, late arrivals refused.
var DefaultWindow = Window{Early: 30 * time.Minute, Late: 10 * time.Minute, Policy: LateRefuse}

// The longest a window may open before and stay open after an
// appointment's time.
const (
	maxEarly = 8 * time.Hour
	maxLate  = 4 * time.Hour
)

// Or returns w, or the default window if w is unset.
func (w Window) Or() Window {
	if w == (Window{}) {
		return DefaultWindow
	}
	return w
}

func (w Window) validate() error {
	if w == (Window{}) {
		return nil
	}
	switch {
	case w.Policy != LateRefuse && w.Policy != LateWalkIn:
		return fmt.Errorf("%w: late policy %q, want %q or %q", ErrInvalid, w.Policy, LateRefuse, LateWalkIn)
	case w.Early < 0 || w.Early > maxEarly || w.Late < 0 || w.Late > maxLate:
		return fmt.Errorf("%w: a check-in window of 0-%v before and 0-%v after", ErrInvalid, maxEarly, maxLate)
	}
	return nil
}

// opens and closes are the ends of the check-in window of an appointment
// at at. They are instants: a window over a change of daylight saving
// time is as long as any other.
func (w Window) opens(at time.Time) time.Time  { return at.Add(-w.Or().Early) }
func (w Window) closes(at time.Time) time.Time { return at.Add(w.Or().Late) }

// CheckInWindow is the check-in window of service; the default if it has
// none set.
func (s *State) CheckInWindow(service string) Window {
	sv, _ := s.Service(service)
	return sv.Settings.CheckIn.Or()
}
