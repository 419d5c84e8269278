package queue

import "time"

// ServiceState is a service's state before a citizen taps it: whether it
// takes check-ins now and, if not, why in a word a kiosk can put into a
// sentence.
type ServiceState struct {
	State   string // one of the Avail constants
	OpensAt string // for AvailClosed: the local "15:04" it opens later today; "" when it does not
}

// The states of a ServiceState, as sent to kiosks (wire.Service.State).
const (
	AvailOpen   = "open"
	AvailClosed = "closed"
	AvailPaused = "paused"
	AvailFull   = "full" // the daily cap is reached
)

// ServiceState returns service's state at now. A paused queue is paused
// even outside its hours; a closed one is closed before it is full.
func (s *State) ServiceState(service string, now time.Time) ServiceState {
	sv, ok := s.Service(service)
	local := now.In(s.loc)
	switch {
	case !ok || s.DayEnded(now):
		return ServiceState{State: AvailClosed}
	case sv.Paused:
		return ServiceState{State: AvailPaused}
	case !sv.Settings.Hours.OpenAt(local):
		opens, _ := sv.Settings.Hours.OpensLater(local)
		if opens >= s.Site.dayEnd() {
			opens = ""
		}
		return ServiceState{State: AvailClosed, OpensAt: opens}
	case sv.Settings.DailyCap > 0 && s.counts[sv.ID+"|"+s.day(now)] >= sv.Settings.DailyCap:
		return ServiceState{State: AvailFull}
	}
	return ServiceState{State: AvailOpen}
}

// OpensLater returns the first opening time ("15:04") later on local time
// t's day, and false when the hours open no more that day.
func (h Hours) OpensLater(t time.Time) (string, bool) {
	if h.unset() {
		return "", false
	}
	spans, ok := h.Exceptions[t.Format(time.DateOnly)]
	if !ok {
		spans = h.Weekly[t.Weekday()]
	}
	hm, next := t.Format("15:04"), ""
	for _, sp := range spans {
		if sp.Open > hm && (next == "" || sp.Open < next) {
			next = sp.Open
		}
	}
	return next, next != ""
}
