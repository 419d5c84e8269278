package queue

import (
	"fmt"
	"slices"
)

// KindNames returns the kinds the engine has rows for, sorted.
func KindNames() []string { return appliers.Names() }

// Snapshot returns the state's snapshot encoding: equal encodings are
// equal states, indexes and all.
func Snapshot(s *State) []byte {
	b, err := s.encode()
	if err != nil {
		panic(err)
	}
	return b
}

// SnapshotEvery sets how many events come between snapshots.
func SnapshotEvery(e *Engine, n int) { e.j.SnapshotEvery(n, 0) }

// Kept returns how many visits the state keeps whole, how many archived,
// and how many kiosk request ids it keeps.
func Kept(s *State) (whole, archived, requests int) {
	return len(s.tickets), len(s.archive), len(s.requests)
}

// Capture copies the state as the engine does under its lock for a
// snapshot, and returns the encoder of the copy.
func Capture(s *State) func() ([]byte, error) { return s.capture() }

// Order is the service's calling order as "id:reason".
func (s *State) Order(service string) []string { return picked(s.order(service)) }

// NaiveOrder is the calling order as the engine first computed it: every
// waiting ticket sorted from scratch, the priority class's turn found by a
// scan from the front, each call taken off the front. The property test
// holds the kept-in-place order to it.
func (s *State) NaiveOrder(service string) []string {
	boost := s.boost(service)
	var rest []*Ticket
	for _, t := range s.tickets {
		if t.Status == Waiting && t.Service == service {
			rest = append(rest, t)
		}
	}
	slices.SortFunc(rest, byKey(boost))
	sv, _ := s.Service(service)
	n, since := sv.Settings.Rule.Interleave, s.sincePriority[service]
	var out []pick
	for len(rest) > 0 {
		i, reason := 0, reasonFor(rest[0], boost)
		if n > 0 && since >= n {
			if j := slices.IndexFunc(rest, func(t *Ticket) bool { return t.Priority }); j > 0 {
				i, reason = j, ReasonTurn
			}
		}
		out = append(out, pick{t: rest[i], reason: reason})
		since = nextSince(since, rest[i].Priority)
		rest = slices.Delete(rest, i, i+1)
	}
	return picked(out)
}

func picked(o []pick) []string {
	out := []string{}
	for _, p := range o {
		out = append(out, fmt.Sprintf("%d:%s", p.t.ID, p.reason))
	}
	return out
}

// KeptInPlace reports whether the service's waiting list is in place
// order, as enqueue keeps it (order then needs no sort).
func (s *State) KeptInPlace(service string) bool {
	by := byKey(s.boost(service))
	return slices.IsSortedFunc(s.waiting[service], func(a, b uint64) int { return by(s.tickets[a], s.tickets[b]) })
}
