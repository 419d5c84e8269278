package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// add-room adds a service point.
var _ = define(Action{Name: "add-room", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
	Routes: []string{"POST /api/v1/rooms"}},
	func(d *Deps, c queue.Clerk, in *roomReq) (Outcome, error) {
		r, err := in.room()
		if err == nil {
			err = d.Eng.AddRoom(authz.Actor(c), r)
		}
		return saved(r, "done.room_added", r.ID, err)
	})
