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
	Routes: []string{"POST /api/v1/call"}, RoomFromSession: true}, callNext)

func callNext(d *Deps, c queue.Clerk, r *callReq) (Outcome, error) {
	if r.Room == "" {
		return Outcome{}, ErrNoRoom
	}
	return called(d.Eng.CallNext(c.Login, []string{r.Service}, r.Room))
}

func called(t queue.Ticket, err error) (Outcome, error) {
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{Value: t, Note: Say("done.called", t.CallID, t.Room)}, nil
}
