package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// update-agency renames an agency.
var _ = define(Action{Name: "update-agency", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
	Routes: []string{"PUT /api/v1/agencies/{agency}"}},
	func(d *Deps, c queue.Clerk, in *agencyReq) (Outcome, error) {
		a, err := in.agency()
		if err == nil {
			err = d.Eng.UpdateAgency(authz.Actor(c), a)
		}
		return saved(a, "done.agency_saved", a.ID, err)
	})
