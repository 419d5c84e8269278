package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// close-help closes a help request, open or taken: the citizen was
// helped.
var _ = define(Action{Name: "close-help", Least: queue.RoleAdvisor, Scope: []Scope{Site},
	Routes: []string{"POST /api/v1/help/{help}/close"}},
	func(d *Deps, c queue.Clerk, r *helpReq) (Outcome, error) {
		h, err := d.Eng.CloseHelp(authz.Actor(c), r.Help)
		return helpDone(d, h, err, "done.help_closed")
	})
