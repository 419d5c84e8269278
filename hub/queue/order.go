package queue

import (
	"cmp"
	"slices"
	"time"
)

// Why a ticket was called when it was; recorded with every call.
const (
	ReasonFirst       = "first"         // earliest place among the queues called from
	ReasonAppointment = "appointment"   // an appointment, at its time
	ReasonBoost       = "priority"      // priority class, moved up by the queue's weight
	ReasonTurn        = "priority-turn" // the N:1 interleaving's turn for the priority class
	ReasonChosen      = "chosen"        // the clerk called this very ticket
)

// key is a waiting ticket's place: earlier is called first. boost is
// its service's priority weight.
func key(t *Ticket, boost time.Duration) time.Time {
	if !t.Appointment.IsZero() {
		return t.Appointment
	}
	if t.Priority {
		return t.Since.Add(-boost)
	}
	return t.Since
}

// byKey orders the waiting tickets of a service whose weight is boost.
func byKey(boost time.Duration) func(a, b *Ticket) int {
	return func(a, b *Ticket) int {
		return cmp.Or(key(a, boost).Compare(key(b, boost)), cmp.Compare(a.ID, b.ID))
	}
}

// boost is the service's priority weight.
func (s *State) boost(service string) time.Duration {
	sv, _ := s.Service(service)
	return sv.Settings.Rule.Boost
}

// pick is one step of a queue's calling order.
type pick struct {
	t      *Ticket
	reason string
	key    time.Time
}

// order returns the service's waiting tickets in the order they will be
// called if nothing changes: by place, with the priority rule applied. The
// waiting list is kept by place (enqueue), so this is one pass over it; a
// list out of place is sorted in a copy, never in the state a reader holds.
func (s *State) order(service string) []pick {
	sv, _ := s.Service(service)
	boost := sv.Settings.Rule.Boost
	rest := make([]*Ticket, 0, len(s.waiting[service]))
	for _, id := range s.waiting[service] {
		rest = append(rest, s.tickets[id])
	}
	if !slices.IsSortedFunc(rest, byKey(boost)) {
		slices.SortFunc(rest, byKey(boost))
	}
	return interleave(rest, boost, sv.Settings.Rule.Interleave, s.sincePriority[service])
}

// interleave walks tickets sorted by place: the first not yet taken is
// called, unless it is the priority class's turn (every n calls) and a
// priority ticket waits behind it. Both cursors only move forward.
func interleave(rest []*Ticket, boost time.Duration, n, since int) []pick {
	out := make([]pick, 0, len(rest))
	taken := make([]bool, len(rest))
	head, prio := 0, 0
	for len(out) < len(rest) {
		for taken[head] {
			head++
		}
		for prio < len(rest) && (taken[prio] || !rest[prio].Priority) {
			prio++
		}
		i, reason := head, reasonFor(rest[head], boost)
		if n > 0 && since >= n && prio < len(rest) && prio != head {
			i, reason = prio, ReasonTurn
		}
		taken[i] = true
		out = append(out, pick{t: rest[i], reason: reason, key: key(rest[head], boost)})
		since = nextSince(since, rest[i].Priority)
	}
	return out
}

func nextSince(since int, priority bool) int {
	if priority {
		return 0
	}
	return since + 1
}

func reasonFor(t *Ticket, boost time.Duration) string {
	switch {
	case !t.Appointment.IsZero():
		return ReasonAppointment
	case t.Priority && boost > 0:
		return ReasonBoost
	}
	return ReasonFirst
}

// next picks the ticket to call across services: the head of each queue's
// order, the one with the earliest place first.
func (s *State) next(services []string) (pick, bool) {
	var heads []pick
	for _, sv := range services {
		if o := s.order(sv); len(o) > 0 && !s.paused(sv) {
			heads = append(heads, o[0])
		}
	}
	if len(heads) == 0 {
		return pick{}, false
	}
	return slices.MinFunc(heads, func(a, b pick) int {
		return cmp.Or(a.key.Compare(b.key), cmp.Compare(a.t.ID, b.t.ID))
	}), true
}

func (s *State) paused(service string) bool {
	sv, _ := s.Service(service)
	return sv.Paused
}
