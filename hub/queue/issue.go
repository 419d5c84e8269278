package queue

import (
	"fmt"
	"time"
)

// IssueRequest asks for a ticket in a service's queue.
type IssueRequest struct {
	RequestID string // the kiosk's message id; a repeat returns the same ticket
	Service   string
	Device    string
	Persons   int
	Priority  bool // in the queue's priority class (set by an advisor)
	// Deadline, if set, is when the kiosk gives up, on the engine's
	// clock: a request decided after it is refused (ErrPastDeadline).
	Deadline time.Time
}

// Issued is the outcome of Issue.
type Issued struct {
	Ticket Ticket
	Ahead  int  // tickets that will be called before it
	Repeat bool // the request id was seen before: no new ticket was issued
	// FollowToken finds the visit for its follow page (Engine.Follow):
	// unguessable, given once; the hub keeps only its hash. Empty for a
	// repeat the engine no longer remembers the token of.
	FollowToken string
}

// Issue checks a citizen in to a service's queue. A request whose id was
// already served returns the ticket it got then, so a kiosk that retries
// never makes two tickets; one its kiosk cancelled is refused
// (ErrCancelled), and so is one past its deadline (ErrPastDeadline).
func (e *Engine) Issue(actor string, r IssueRequest) (Issued, error) {
	var out Issued
	err := e.do(func(s *State) error {
		if id, ok := s.requests[r.RequestID]; ok && r.RequestID != "" {
			if id == cancelledRequest {
				return fmt.Errorf("%w: request %s", ErrCancelled, r.RequestID)
			}
			t := s.tickets[id]
			out = Issued{Ticket: *t, Ahead: s.Ahead(id), Repeat: true, FollowToken: e.tokens.get(r.RequestID, t.follow)}
			return nil
		}
		if now := e.now(); !r.Deadline.IsZero() && now.After(r.Deadline) {
			return fmt.Errorf("%w: decided %s after it", ErrPastDeadline, now.Sub(r.Deadline).Round(time.Millisecond))
		}
		p, err := s.newTicket(r.Service, e.now(), max(r.Persons, 1))
		if err != nil {
			return err
		}
		p.RequestID, p.Device, p.Priority = r.RequestID, r.Device, r.Priority
		token, hash := newFollowToken()
		p.Follow = hash
		if est, ok := s.EstimateWait(p.Service, s.WaitingCount(p.Service), e.now()); ok {
			p.Estimate = est
		}
		if out, err = e.issue(s, actor, p); err == nil {
			out.FollowToken = token
			e.tokens.put(r.RequestID, token)
		}
		return err
	})
	return out, err
}

// issue commits a decided check-in; s is the state under the lock.
func (e *Engine) issue(s *State, actor string, p TicketIssued) (Issued, error) {
	ev, err := e.commit(actor, p)
	if err != nil {
		return Issued{}, err
	}
	return Issued{Ticket: *s.tickets[ev.Seq], Ahead: s.Ahead(ev.Seq)}, nil
}

// newTicket checks that service takes a check-in now and numbers it.
func (s *State) newTicket(service string, now time.Time, persons int) (TicketIssued, error) {
	sv, ok := s.Service(service)
	switch {
	case !ok:
		return TicketIssued{}, fmt.Errorf("%w: service %q", ErrNotFound, service)
	case persons > 9:
		return TicketIssued{}, fmt.Errorf("%w: %d persons", ErrInvalid, persons)
	case sv.Paused:
		return TicketIssued{}, fmt.Errorf("%w: %s", ErrPaused, service)
	case !sv.Settings.Hours.OpenAt(now.In(s.loc)):
		return TicketIssued{}, fmt.Errorf("%w: %s is closed now", ErrClosed, service)
	case s.DayEnded(now):
		return TicketIssued{}, fmt.Errorf("%w: the site's day has ended", ErrClosed)
	}
	day := s.day(now)
	if sv.Settings.DailyCap > 0 && s.counts[sv.ID+"|"+day] >= sv.Settings.DailyCap {
		return TicketIssued{}, fmt.Errorf("%w: %d tickets", ErrFull, sv.Settings.DailyCap)
	}
	n := s.nextNumber(sv.ID, day)
	return TicketIssued{Service: sv.ID, Number: n, CallID: fmt.Sprintf("%s%d", sv.Letter, n), Day: day, Persons: persons}, nil
}

// OpenNow reports whether service takes check-ins at now.
func (s *State) OpenNow(service string, now time.Time) bool {
	sv, ok := s.Service(service)
	return ok && !sv.Paused && sv.Settings.Hours.OpenAt(now.In(s.loc)) && !s.DayEnded(now)
}
