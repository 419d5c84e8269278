package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// ack-help takes an open help request from a kiosk: the advisor is on
// the way.
var _ = define(Action{Name: "ack-help", Least: queue.RoleAdvisor, Scope: []Scope{Site},
	Routes: []string{"POST /api/v1/help/{help}/ack"}},
	func(d *Deps, c queue.Clerk, r *helpReq) (Outcome, error) {
		h, err := d.Eng.AckHelp(authz.Actor(c), r.Help)
		return helpDone(d, h, err, "done.help_acked")
	})
