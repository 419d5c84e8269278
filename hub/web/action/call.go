package action

import (
	"vuoro/hub/queue"
)

// callReq calls the next citizen of a queue to a room.
type callReq struct {
	queueRef
	Room string `json:"room"`
}

var _ = define(Action{Name: "call", Least: queue.RoleClerk, Scope: []Scope{ServiceQueue},
	Routes: []string{"POST /api/v1/call"}, RoomFromSession: true},
	func(d *Deps, c queue.Clerk, r *callReq) (Outcome, error) {
		return called(r.Room, func() (queue.Ticket, error) { return d.Eng.CallNext(c.Login, []string{r.Service}, r.Room) })
	})

// callTicketReq calls one chosen waiting visit to a room.
type callTicketReq struct {
	visitRef
	Room string `json:"room"`
}

var _ = define(Action{Name: "call-ticket", Least: queue.RoleClerk, Scope: []Scope{VisitQueue},
	Routes: []string{"POST /api/v1/visits/{ticket}/call"}, RoomFromSession: true},
	func(d *Deps, c queue.Clerk, r *callTicketReq) (Outcome, error) {
		return called(r.Room, func() (queue.Ticket, error) { return d.Eng.CallTicket(c.Login, r.Ticket, r.Room) })
	})

// called calls a visit to room, which the user must have chosen.
func called(room string, call func() (queue.Ticket, error)) (Outcome, error) {
	if room == "" {
		return Outcome{}, ErrNoRoom
	}
	t, err := call()
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{Value: t, Note: Say("done.called", t.CallID, t.Room)}, nil
}
