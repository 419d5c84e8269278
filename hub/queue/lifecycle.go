package queue

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"vuoro/shared/hetu"
)

// change decides a command on one ticket in the allowed statuses and
// commits the event it makes.
func (e *Engine) change(actor string, id uint64, allowed []Status, decide func(*State, *Ticket) (Payload, error)) (Ticket, error) {
	var out Ticket
	err := e.do(func(s *State) error {
		t, err := s.ticketIn(id, allowed...)
		if err != nil {
			return err
		}
		p, err := decide(s, t)
		if err != nil {
			return err
		}
		if _, err := e.commit(actor, p); err != nil {
			return err
		}
		out = *t
		return nil
	})
	return out, err
}

var (
	active   = []Status{Called, Serving}
	open     = []Status{Waiting, Called, Serving, Held}
	anyState = []Status{Waiting, Called, Serving, Held, Ended, NoShow, Deleted, Expired}
)

// ref decides the change P that only names the visit.
func ref[P interface {
	Payload
	~struct{ TicketRef }
}](_ *State, t *Ticket) (Payload, error) {
	return P{TicketRef{Ticket: t.ID}}, nil
}

// Recall calls a called ticket again; displays announce it once more.
func (e *Engine) Recall(actor string, id uint64) (Ticket, error) {
	return e.change(actor, id, []Status{Called}, ref[TicketRecalled])
}

// Start records that the citizen arrived and service began.
func (e *Engine) Start(actor string, id uint64) (Ticket, error) {
	return e.change(actor, id, []Status{Called}, ref[VisitStarted])
}

// End ends a visit that was called in or is in service.
func (e *Engine) End(actor string, id uint64) (Ticket, error) {
	return e.change(actor, id, active, ref[VisitEnded])
}

// NoShow closes a called visit whose citizen never came, once it has been
// recalled the site's number of times.
func (e *Engine) NoShow(actor string, id uint64) (Ticket, error) {
	return e.change(actor, id, []Status{Called}, func(s *State, t *Ticket) (Payload, error) {
		if n := s.Site.noShowAfter(); t.Recalls < n {
			return nil, fmt.Errorf("%w: recall %s %d times before marking a no-show", ErrTransition, t.CallID, n)
		}
		return TicketNoShow{TicketRef{Ticket: t.ID}}, nil
	})
}

// Return puts an active visit back to waiting, at its place or at the end.
func (e *Engine) Return(actor string, id uint64, keepPlace bool) (Ticket, error) {
	return e.change(actor, id, active, func(_ *State, t *Ticket) (Payload, error) {
		return TicketReturned{Ticket: t.ID, KeepPlace: keepPlace}, nil
	})
}

// Hold puts a visit aside: it is not called until resumed.
func (e *Engine) Hold(actor string, id uint64) (Ticket, error) {
	return e.change(actor, id, []Status{Waiting, Called, Serving}, ref[TicketHeld])
}

// Resume returns a held visit to waiting at its place.
func (e *Engine) Resume(actor string, id uint64) (Ticket, error) {
	return e.change(actor, id, []Status{Held}, ref[TicketResumed])
}

// Transfer moves an open visit to another service's queue, keeping its
// number, at the front, the end, or by its original check-in time.
func (e *Engine) Transfer(actor string, id uint64, to string, pos Position) (Ticket, error) {
	return e.change(actor, id, open, func(s *State, t *Ticket) (Payload, error) {
		if _, ok := s.Service(to); !ok {
			return nil, fmt.Errorf("%w: service %q", ErrNotFound, to)
		}
		if to == t.Service {
			return nil, fmt.Errorf("%w: %s is already in %s", ErrInvalid, t.CallID, to)
		}
		if pos != Front && pos != End && pos != Original {
			return nil, fmt.Errorf("%w: position %q", ErrInvalid, pos)
		}
		return TicketMoved{Ticket: t.ID, To: to, Position: pos}, nil
	})
}

// Delete removes a needless registration; the reason is required. A
// personal identity code in it is stored masked.
func (e *Engine) Delete(actor string, id uint64, reason string) (Ticket, error) {
	return e.change(actor, id, []Status{Waiting, Held}, func(_ *State, t *Ticket) (Payload, error) {
		if reason = strings.TrimSpace(reason); reason == "" || utf8.RuneCountInString(reason) > 200 {
			return nil, fmt.Errorf("%w: a reason of 1-200 characters is required", ErrInvalid)
		}
		return TicketDeleted{Ticket: t.ID, Reason: hetu.MaskText(reason)}, nil
	})
}

// SetPersons sets how many people the visit is for.
func (e *Engine) SetPersons(actor string, id uint64, n int) (Ticket, error) {
	return e.change(actor, id, open, func(_ *State, t *Ticket) (Payload, error) {
		if n < 1 || n > 9 {
			return nil, fmt.Errorf("%w: persons %d not in 1..9", ErrInvalid, n)
		}
		return VisitPersons{Ticket: t.ID, Persons: n}, nil
	})
}

// SetPriority puts a waiting visit in or out of its queue's priority class.
func (e *Engine) SetPriority(actor string, id uint64, on bool) (Ticket, error) {
	return e.change(actor, id, []Status{Waiting, Held}, func(_ *State, t *Ticket) (Payload, error) {
		return VisitPriority{Ticket: t.ID, Priority: on}, nil
	})
}

// AddMessage attaches a note for clerks and advisors to a visit. A
// personal identity code in it is stored masked.
func (e *Engine) AddMessage(actor string, id uint64, text string) (Ticket, error) {
	return e.change(actor, id, anyState, func(_ *State, t *Ticket) (Payload, error) {
		if text = strings.TrimSpace(text); text == "" || utf8.RuneCountInString(text) > 500 {
			return nil, fmt.Errorf("%w: a message of 1-500 characters", ErrInvalid)
		}
		return VisitMessage{Ticket: t.ID, Text: hetu.MaskText(text)}, nil
	})
}
