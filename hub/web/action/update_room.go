package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// update-room changes a service point.
var _ = define(Action{Name: "update-room", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
	Routes: []string{"PUT /api/v1/rooms/{room}"}},
	func(d *Deps, c queue.Clerk, in *roomReq) (Outcome, error) {
		r, err := in.room()
		if err == nil {
			err = d.Eng.UpdateRoom(authz.Actor(c), r)
		}
		return saved(r, "done.room_saved", r.ID, err)
	})
