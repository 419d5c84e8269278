package queue

import (
	"fmt"
	"slices"

	"vuoro/hub/event"
)

// IssueRequest asks for a ticket in a service's queue.
type IssueRequest struct {
	RequestID string // the kiosk's message id; a repeat returns the same ticket
	Service   string
	Device    string
	Persons   int
}

// Issued is the outcome of Issue.
type Issued struct {
	Ticket Ticket
	Ahead  int  // tickets that will be called before it
	Repeat bool // the request id was seen before: no new ticket was issued
}

// Issue checks a citizen in to a service's queue. A request whose id was
// already served returns the ticket it got then, so a kiosk that retries
// never makes two tickets.
func (e *Engine) Issue(actor string, r IssueRequest) (Issued, error) {
	var out Issued
	err := e.do(func(s *State) error {
		if id, ok := s.requests[r.RequestID]; ok && r.RequestID != "" {
			out = Issued{Ticket: *s.tickets[id], Ahead: s.Ahead(id), Repeat: true}
			return nil
		}
		sv, ok := s.Service(r.Service)
		if !ok {
			return fmt.Errorf("%w: service %q", ErrNotFound, r.Service)
		}
		if r.Persons < 1 {
			r.Persons = 1
		}
		day := s.day(e.clock.Now())
		n := s.numbers[sv.ID+"|"+day] + 1
		ev, err := e.commit(actor, KindTicketIssued, TicketIssued{Service: sv.ID, Number: n,
			CallID: fmt.Sprintf("%s%d", sv.Letter, n), Day: day, RequestID: r.RequestID, Device: r.Device, Persons: r.Persons})
		if err != nil {
			return err
		}
		out = Issued{Ticket: *s.tickets[ev.Seq], Ahead: s.Ahead(ev.Seq)}
		return nil
	})
	return out, err
}

// CallNext calls the next ticket from the given services to room on behalf
// of clerk. A clerk serves one visit at a time and a room holds one.
func (e *Engine) CallNext(clerk string, services []string, room string) (Ticket, error) {
	var out Ticket
	err := e.do(func(s *State) error {
		if err := s.checkCaller(clerk, room); err != nil {
			return err
		}
		t, ok := s.next(services)
		if !ok {
			return ErrEmpty
		}
		if _, err := e.commit("clerk:"+clerk, KindTicketCalled, TicketCalled{Ticket: t.ID, Room: room, Clerk: clerk}); err != nil {
			return err
		}
		out = *s.tickets[t.ID]
		return nil
	})
	return out, err
}

func (s *State) checkCaller(clerk, room string) error {
	if _, ok := s.Room(room); !ok {
		return fmt.Errorf("%w: room %q", ErrNotFound, room)
	}
	if id, ok := s.active[clerk]; ok {
		return fmt.Errorf("%w: %s", ErrBusy, s.tickets[id].CallID)
	}
	if id, ok := s.rooms[room]; ok {
		return fmt.Errorf("%w: %s", ErrRoomInUse, s.tickets[id].CallID)
	}
	return nil
}

// End ends a visit that was called in.
func (e *Engine) End(clerk string, ticket uint64) (Ticket, error) {
	var out Ticket
	err := e.do(func(s *State) error {
		t, ok := s.tickets[ticket]
		if !ok {
			return fmt.Errorf("%w: ticket %d", ErrNotFound, ticket)
		}
		if t.Status != Called {
			return fmt.Errorf("%w: %s is %s", ErrTransition, t.CallID, t.Status)
		}
		if _, err := e.commit("clerk:"+clerk, KindVisitEnded, VisitEnded{Ticket: ticket, Clerk: clerk}); err != nil {
			return err
		}
		out = *t
		return nil
	})
	return out, err
}

// RecordHelp logs a citizen's call for help at a kiosk.
func (e *Engine) RecordHelp(device, screen, lang string) (event.Event, error) {
	var ev event.Event
	err := e.do(func(*State) error {
		var err error
		ev, err = e.commit("kiosk:"+device, KindHelpRequested, HelpRequested{Device: device, Screen: screen, Lang: lang})
		return err
	})
	return ev, err
}

// ServicesOf returns the services of the given agencies, or every service
// when agencies is empty.
func (s *State) ServicesOf(agencies []string) []Service {
	var out []Service
	for _, sv := range s.Services {
		if len(agencies) == 0 || slices.Contains(agencies, sv.Agency) {
			out = append(out, sv)
		}
	}
	return out
}
