package action

import (
	"maps"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// add-service adds a service, and its queue, to an agency.
var _ = define(Action{Name: "add-service", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
	Routes: []string{"POST /api/v1/services"}},
	func(d *Deps, c queue.Clerk, in *serviceReq) (Outcome, error) {
		v, err := in.update()
		if err == nil {
			err = d.Eng.AddService(authz.Actor(c), queue.Service{ID: v.ID, Agency: v.Agency, Letter: v.Letter,
				Names: maps.Clone(v.Names), MultiDay: v.MultiDay})
		}
		return saved(v, "done.service_saved", v.ID, err)
	})
