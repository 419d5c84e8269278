package action

import (
	"vuoro/hub/queue"
)

// callTicketReq calls one chosen waiting visit to a room.
type callTicketReq struct {
	visitRef
	Room string `json:"room"`
}

var _ = define(Action{Name: "call-ticket", Least: queue.RoleClerk, Scope: []Scope{VisitQueue},
	Routes: []string{"POST /api/v1/visits/{ticket}/call"}, RoomFromSession: true}, callTicket)

func callTicket(d *Deps, c queue.Clerk, r *callTicketReq) (Outcome, error) {
	if r.Room == "" {
		return Outcome{}, ErrNoRoom
	}
	return called(d.Eng.CallTicket(c.Login, r.Ticket, r.Room))
}
