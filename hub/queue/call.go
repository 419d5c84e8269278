package queue

import (
	"fmt"
	"slices"
)

// CallNext calls the next ticket from the given services to room on behalf
// of clerk, by the queues' order and rules. A clerk serves one visit at a
// time and a room holds one.
func (e *Engine) CallNext(clerk string, services []string, room string) (Ticket, error) {
	return e.call(clerk, room, func(s *State) (pick, error) {
		p, ok := s.next(services)
		if !ok {
			return pick{}, ErrEmpty
		}
		return p, nil
	})
}

// CallTicket calls one chosen waiting ticket.
func (e *Engine) CallTicket(clerk string, ticket uint64, room string) (Ticket, error) {
	return e.call(clerk, room, func(s *State) (pick, error) {
		t, err := s.ticketIn(ticket, Waiting)
		if err != nil {
			return pick{}, err
		}
		if s.paused(t.Service) {
			return pick{}, fmt.Errorf("%w: %s", ErrPaused, t.Service)
		}
		return pick{t: t, reason: ReasonChosen}, nil
	})
}

func (e *Engine) call(clerk, room string, choose func(*State) (pick, error)) (Ticket, error) {
	var out Ticket
	err := e.do(func(s *State) error {
		if err := s.checkCaller(clerk, room); err != nil {
			return err
		}
		p, err := choose(s)
		if err != nil {
			return err
		}
		if err := e.resumeFor(s, clerk, room); err != nil {
			return err
		}
		if _, err := e.commit("clerk:"+clerk, TicketCalled{Ticket: p.t.ID, Room: room, Clerk: clerk, Reason: p.reason}); err != nil {
			return err
		}
		out = *s.tickets[p.t.ID]
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
	if r, ok := s.sessions[room]; ok && r.Clerk != clerk {
		return fmt.Errorf("%w: %s", ErrRoomStaffed, room)
	}
	return nil
}

// ticketIn returns the ticket if it is in one of the allowed statuses.
func (s *State) ticketIn(id uint64, allowed ...Status) (*Ticket, error) {
	t, ok := s.tickets[id]
	if !ok {
		return nil, fmt.Errorf("%w: ticket %d", ErrNotFound, id)
	}
	if !slices.Contains(allowed, t.Status) {
		return nil, fmt.Errorf("%w: %s is %s", ErrTransition, t.CallID, t.Status)
	}
	return t, nil
}
