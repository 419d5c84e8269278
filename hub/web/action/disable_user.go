package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// disable-user disables another user and ends their sessions.
var _ = define(Action{Name: "disable-user", Least: queue.RoleAdmin, Scope: []Scope{UserOrSelf},
	Routes: []string{"POST /api/v1/users/{login}/disable"}},
	func(d *Deps, c queue.Clerk, r *userRef) (Outcome, error) {
		if r.Login == c.Login {
			return Outcome{}, ErrSelf
		}
		if err := d.Eng.DisableClerk(authz.Actor(c), r.Login); err != nil {
			return Outcome{}, err
		}
		d.EndSessions(r.Login)
		return Outcome{Value: struct{}{}, Note: Say("done.user_disabled", r.Login)}, nil
	})
