package web

import (
	"vuoro/hub/queue"
)

// callNext calls the next citizen from the user's queue to their room.
func (s *Server) callNext(c queue.Clerk, in input) (outcome, error) {
	if err := s.inScope(c, in.Service); err != nil {
		return outcome{}, err
	}
	if in.Room == "" {
		return outcome{}, errNoRoom
	}
	return called(s.eng.CallNext(c.Login, []string{in.Service}, in.Room))
}

// callTicket calls one chosen waiting visit to the user's room.
func (s *Server) callTicket(c queue.Clerk, in input) (outcome, error) {
	if err := s.ticketInScope(c, in.Ticket); err != nil {
		return outcome{}, err
	}
	if in.Room == "" {
		return outcome{}, errNoRoom
	}
	return called(s.eng.CallTicket(c.Login, in.Ticket, in.Room))
}

func called(t queue.Ticket, err error) (outcome, error) {
	if err != nil {
		return outcome{}, err
	}
	return outcome{Value: t, Note: say("done.called", t.CallID, t.Room)}, nil
}

// pauseOut is the API's answer to a pause.
type pauseOut struct {
	Service string `json:"service"`
	Paused  bool   `json:"paused"`
}

// pause stops or restarts one of the user's queues.
func (s *Server) pause(c queue.Clerk, in input) (outcome, error) {
	if err := s.inScope(c, in.Service); err != nil {
		return outcome{}, err
	}
	if err := s.eng.Pause(actor(c), in.Service, in.Paused); err != nil {
		return outcome{}, err
	}
	done := map[bool]string{true: "done.paused", false: "done.unpaused"}[in.Paused]
	return outcome{Value: pauseOut{in.Service, in.Paused}, Note: say(done)}, nil
}
