package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// add-agency adds an agency to the site.
var _ = define(Action{Name: "add-agency", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
	Routes: []string{"POST /api/v1/agencies"}},
	func(d *Deps, c queue.Clerk, in *agencyReq) (Outcome, error) {
		a, err := in.agency()
		if err == nil {
			err = d.Eng.AddAgency(authz.Actor(c), a)
		}
		return saved(a, "done.agency_saved", a.ID, err)
	})
