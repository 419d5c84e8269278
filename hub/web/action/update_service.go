package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// update-service changes a service: its agency, letter, names and days.
var _ = define(Action{Name: "update-service", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
	Routes: []string{"PUT /api/v1/services/{service}"}},
	func(d *Deps, c queue.Clerk, in *serviceReq) (Outcome, error) {
		v, err := in.update()
		if err == nil {
			err = d.Eng.UpdateService(authz.Actor(c), v)
		}
		return saved(v, "done.service_saved", v.ID, err)
	})
