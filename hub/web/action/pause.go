package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// pauseReq stops or restarts one of the user's queues; its answer is the
// same fields.
type pauseReq struct {
	queueRef
	Paused bool `json:"paused"`
}

var _ = define(Action{Name: "pause", Least: queue.RoleClerk, Scope: []Scope{ServiceQueue},
	Routes: []string{"POST /api/v1/queues/{service}/pause"}},
	func(d *Deps, c queue.Clerk, r *pauseReq) (Outcome, error) {
		if err := d.Eng.Pause(authz.Actor(c), r.Service, r.Paused); err != nil {
			return Outcome{}, err
		}
		done := map[bool]string{true: "done.paused", false: "done.unpaused"}[r.Paused]
		return Outcome{Value: *r, Note: Say(done)}, nil
	})
