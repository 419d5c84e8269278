package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// personsReq sets how many persons a visit is for.
type personsReq struct {
	visitRef
	Persons int `json:"persons"`
}

var _ = define(Action{Name: "persons", Least: queue.RoleClerk, Scope: []Scope{VisitQueue},
	Routes: []string{"POST /api/v1/visits/{ticket}/persons"}},
	func(d *Deps, c queue.Clerk, r *personsReq) (Outcome, error) {
		t, err := d.Eng.SetPersons(authz.Actor(c), r.Ticket, r.Persons)
		return visitDone(t, err, "done.persons")
	})
