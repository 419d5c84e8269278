package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// deleteReq deletes a needless registration, with a reason.
type deleteReq struct {
	visitRef
	Reason string `json:"reason"` // personal data: never logged
}

var _ = define(Action{Name: "delete", Least: queue.RoleAdvisor, Scope: []Scope{VisitQueue},
	Routes: []string{"POST /api/v1/visits/{ticket}/delete"}},
	func(d *Deps, c queue.Clerk, r *deleteReq) (Outcome, error) {
		t, err := d.Eng.Delete(authz.Actor(c), r.Ticket, r.Reason)
		return visitDone(t, err, "done.deleted")
	})
