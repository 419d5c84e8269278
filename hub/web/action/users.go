package action

import (
	"regexp"
	"strings"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// MinPassword is the shortest password the console accepts, in bytes;
// bcrypt reads at most 72.
const MinPassword = 12

var loginRe = regexp.MustCompile(`^[a-z0-9._-]{2,32}$`)

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
		if err == nil {
			err = d.Eng.AddClerk(authz.Actor(c), u)
		}
		if err == nil {
			err = d.Store.SetCredential(u.Login, h)
		}
		return named(u, "done.user_added", u.Login, err)
	})

// disable-user disables another user and ends their sessions.
var _ = define(Action{Name: "disable-user", Least: queue.RoleAdmin, Scope: []Scope{UserOrSelf},
	Routes: []string{"POST /api/v1/users/{login}/disable"}},
	func(d *Deps, c queue.Clerk, r *userRef) (Outcome, error) {
		err := ErrSelf
		if r.Login != c.Login {
			err = d.Eng.DisableClerk(authz.Actor(c), r.Login)
		}
		if err == nil {
			d.EndSessions(r.Login)
		}
		return named(struct{}{}, "done.user_disabled", r.Login, err)
	})

// setPasswordReq gives a user a new password and ends their sessions;
// an admin may always set their own, and stays logged in.
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
		if err == nil && r.Login != c.Login {
			d.EndSessions(r.Login)
		}
		return named(struct{}{}, "done.password", r.Login, err)
	})

// hash is a new password's bcrypt hash.
func (d *Deps) hash(password string) ([]byte, error) {
	if len(password) < MinPassword || len(password) > 72 {
		return nil, ErrPassword
	}
	return bcrypt.GenerateFromPassword([]byte(password), d.BcryptCost)
}
