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

// key is a waiting ticket's place: earlier is called first.
func (s *State) key(t *Ticket) time.Time {
	if !t.Appointment.IsZero() {
		return t.Appointment
	}
	if sv, ok := s.Service(t.Service); ok && t.Priority {
		return t.Since.Add(-sv.Settings.Rule.Boost)
	}
	return t.Since
}

func (s *State) byKey(a, b *Ticket) int {
	return cmp.Or(s.key(a).Compare(s.key(b)), cmp.Compare(a.ID, b.ID))
}

// pick is one step of a queue's calling order.
type pick struct {
	t      *Ticket
	reason string
	key    time.Time
}

// order returns the service's waiting tickets in the order they will be
// called if nothing changes: by place, with the priority rule applied.
func (s *State) order(service string) []pick {
	rest := make([]*Ticket, 0, len(s.waiting[service]))
	for _, id := range s.waiting[service] {
		rest = append(rest, s.tickets[id])
	}
	slices.SortFunc(rest, s.byKey)
	sv, _ := s.Service(service)
	n, since := sv.Settings.Rule.Interleave, s.sincePriority[service]
	out := make([]pick, 0, len(rest))
	for len(rest) > 0 {
		i, reason := 0, s.reasonFor(rest[0])
		if n > 0 && since >= n {
			if j := slices.IndexFunc(rest, func(t *Ticket) bool { return t.Priority }); j > 0 {
				i, reason = j, ReasonTurn
			}
		}
		t := rest[i]
		out = append(out, pick{t: t, reason: reason, key: s.key(rest[0])})
		rest = slices.Delete(rest, i, i+1)
		since = nextSince(since, t.Priority)
	}
	return out
}

func nextSince(since int, priority bool) int {
	if priority {
		return 0
	}
	return since + 1
}

func (s *State) reasonFor(t *Ticket) string {
	switch {
	case !t.Appointment.IsZero():
		return ReasonAppointment
	case t.Priority:
		if sv, _ := s.Service(t.Service); sv.Settings.Rule.Boost > 0 {
			return ReasonBoost
		}
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
