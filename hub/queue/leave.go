package queue

import (
	"fmt"
	"slices"

	"vuoro/hub/event"
)

// LeaveReason is why a citizen left the queue, chosen from a fixed list on
// the follow page: never free text, so no personal data is stored.
type LeaveReason string

// The reasons a citizen may give for leaving.
const (
	LeftNoTime    LeaveReason = "no-time"    // cannot wait any longer
	LeftSolved    LeaveReason = "solved"     // the matter was settled otherwise
	LeftComeLater LeaveReason = "come-later" // will come back another day
	LeftOther     LeaveReason = "other"
)

// LeaveReasons lists the reasons in the order a page offers them.
var LeaveReasons = []LeaveReason{LeftNoTime, LeftSolved, LeftComeLater, LeftOther}

// VisitLeft is a citizen ending their own visit before it was served,
// from the follow page ("I am leaving").
type VisitLeft struct {
	Ticket uint64      `json:"ticket"`
	Reason LeaveReason `json:"reason"`
}

// Kind names the event.
func (VisitLeft) Kind() string    { return KindVisitLeft }
func (v VisitLeft) visit() uint64 { return v.Ticket }

// Leave ends a visit that is waiting, held or called, because the citizen
// said they are leaving; the visit is ended with the reason as its note.
func (e *Engine) Leave(actor string, id uint64, reason LeaveReason) (Ticket, error) {
	return e.change(actor, id, []Status{Waiting, Held, Called}, func(_ *State, t *Ticket) (Payload, error) {
		if !slices.Contains(LeaveReasons, reason) {
			return nil, fmt.Errorf("%w: leave reason %q", ErrInvalid, reason)
		}
		return VisitLeft{Ticket: t.ID, Reason: reason}, nil
	})
}

func applyLeft(s *State, ev event.Event, v VisitLeft) {
	t, ok := s.tickets[v.Ticket]
	if !ok {
		return
	}
	s.dequeue(t)
	s.close(ev, t, Ended)
	t.Note = "left: " + string(v.Reason)
}
