package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// priorityReq gives a waiting visit priority, or takes it away.
type priorityReq struct {
	visitRef
	Priority bool `json:"priority"`
}

var _ = define(Action{Name: "priority", Least: queue.RoleClerk, Scope: []Scope{VisitQueue},
	Routes: []string{"POST /api/v1/visits/{ticket}/priority"}},
	func(d *Deps, c queue.Clerk, r *priorityReq) (Outcome, error) {
		t, err := d.Eng.SetPriority(authz.Actor(c), r.Ticket, r.Priority)
		return visitDone(t, err, "done.priority")
	})
