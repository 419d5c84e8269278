package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// messageReq adds a message to a visit, for the clerks who serve it.
type messageReq struct {
	visitRef
	Text string `json:"text"` // personal data: never logged
}

var _ = define(Action{Name: "message", Least: queue.RoleClerk, Scope: []Scope{VisitQueue},
	Routes: []string{"POST /api/v1/visits/{ticket}/messages"}},
	func(d *Deps, c queue.Clerk, r *messageReq) (Outcome, error) {
		t, err := d.Eng.AddMessage(authz.Actor(c), r.Ticket, r.Text)
		return visitDone(t, err, "done.message")
	})
