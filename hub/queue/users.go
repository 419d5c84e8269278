package queue

import (
	"fmt"
)

// The kinds of event about console users beside KindClerkAdded.
const (
	KindClerkDisabled = "clerk.disabled" // can no longer log in
	KindClerkPassword = "clerk.password" // got a new password (kept outside the log)
)

// ClerkRef is the payload of KindClerkDisabled and KindClerkPassword: the
// user, and their role and grant when it happened, so that the event log
// can tell whose agencies the event concerns after the user is gone.
// Events written before the grant was recorded carry only the login.
type ClerkRef struct {
	Login     string   `json:"login"`
	Role      Role     `json:"role,omitempty"`
	Agencies  []string `json:"agencies,omitempty"`
	AllQueues bool     `json:"all_queues,omitempty"`
}

// known reports whether r is one of the console's roles.
func (r Role) known() bool {
	switch r {
	case RoleClerk, RoleAdvisor, RoleAdmin, RoleSiteAdmin:
		return true
	}
	return false
}

// DisableClerk disables a console user: they are no longer one of the
// site's clerks, so they cannot log in and their sessions end. What they did
// stays in the log under their name; adding the login again enables it.
func (e *Engine) DisableClerk(actor, login string) error {
	return e.clerkEvent(actor, KindClerkDisabled, login)
}

// RecordPassword logs that actor gave login a new password. The password's
// hash is kept outside the log, by the caller.
func (e *Engine) RecordPassword(actor, login string) error {
	return e.clerkEvent(actor, KindClerkPassword, login)
}

func (e *Engine) clerkEvent(actor, kind, login string) error {
	return e.do(func(s *State) error {
		c, ok := s.Clerks[login]
		if !ok {
			return fmt.Errorf("%w: clerk %s", ErrNotFound, login)
		}
		_, err := e.commit(actor, kind, ClerkRef{Login: login, Role: c.Role, Agencies: c.Agencies, AllQueues: c.AllQueues})
		return err
	})
}
