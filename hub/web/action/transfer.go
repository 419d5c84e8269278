package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// transferReq moves a visit to another of the advisor's queues.
type transferReq struct {
	visitRef
	To       string `json:"to"`
	Position string `json:"position"` // front, end, original
}

func (r transferReq) target() string { return r.To }

var _ = define(Action{Name: "transfer", Least: queue.RoleAdvisor, Scope: []Scope{TargetQueue, VisitQueue},
	Routes: []string{"POST /api/v1/visits/{ticket}/transfer"}},
	func(d *Deps, c queue.Clerk, r *transferReq) (Outcome, error) {
		t, err := d.Eng.Transfer(authz.Actor(c), r.Ticket, r.To, queue.Position(r.Position))
		return visitDone(t, err, "done.transferred")
	})
