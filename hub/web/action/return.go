package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// returnReq sends a visit back to wait, at its place or at the end.
type returnReq struct {
	visitRef
	KeepPlace bool `json:"keep_place"`
}

var _ = define(Action{Name: "return", Least: queue.RoleClerk, Scope: []Scope{VisitQueue},
	Routes: []string{"POST /api/v1/visits/{ticket}/return"}},
	func(d *Deps, c queue.Clerk, r *returnReq) (Outcome, error) {
		t, err := d.Eng.Return(authz.Actor(c), r.Ticket, r.KeepPlace)
		return visitDone(t, err, "done.returned")
	})
