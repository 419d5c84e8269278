package action

import (
	"strings"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// addUserReq creates a console user with a role, agencies and a password.
type addUserReq struct {
	Login     string   `json:"login"`
	Name      string   `json:"name"`
	Role      string   `json:"role"`
	Agencies  []string `json:"agencies"`
	AllQueues bool     `json:"all_queues"` // the grant of every queue of the site
	Password  string   `json:"password"`
}

func (r addUserReq) newUser() queue.Clerk {
	return queue.Clerk{Login: strings.TrimSpace(r.Login), Name: strings.TrimSpace(r.Name),
		Role: queue.Role(r.Role), Agencies: r.Agencies, AllQueues: r.AllQueues}
}

var _ = define(Action{Name: "add-user", Least: queue.RoleAdmin, Scope: []Scope{NewUser},
	Routes: []string{"POST /api/v1/users"}},
	func(d *Deps, c queue.Clerk, r *addUserReq) (Outcome, error) {
		u := r.newUser()
		if !loginRe.MatchString(u.Login) {
			return Outcome{}, errLogin
		}
		h, err := d.hash(r.Password)
		if err != nil {
			return Outcome{}, err
		}
		if err := d.Eng.AddClerk(authz.Actor(c), u); err != nil {
			return Outcome{}, err
		}
		if err := d.Store.SetCredential(u.Login, h); err != nil {
			return Outcome{}, err
		}
		return Outcome{Value: u, Note: Say("done.user_added", u.Login)}, nil
	})
