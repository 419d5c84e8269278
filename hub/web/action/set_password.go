package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// setPasswordReq gives a user a new password; an admin may always set
// their own.
type setPasswordReq struct {
	userRef
	Password string `json:"password"`
}

var _ = define(Action{Name: "set-password", Least: queue.RoleAdmin, Scope: []Scope{UserOrSelf},
	Routes: []string{"POST /api/v1/users/{login}/password"}},
	func(d *Deps, c queue.Clerk, r *setPasswordReq) (Outcome, error) {
		h, err := d.hash(r.Password)
		if err == nil {
			err = d.Store.SetCredential(r.Login, h)
		}
		if err == nil {
			err = d.Eng.RecordPassword(authz.Actor(c), r.Login)
		}
		if err != nil {
			return Outcome{}, err
		}
		if r.Login != c.Login { // the user's other sessions end; the admin's own go on
			d.EndSessions(r.Login)
		}
		return Outcome{Value: struct{}{}, Note: Say("done.password", r.Login)}, nil
	})
