package queue

import (
	"fmt"
)

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
	return clerkEvent[ClerkDisabled](e, actor, login)
}

// closeRoomOf ends the room session of a clerk about to be removed.
func (e *Engine) closeRoomOf(s *State, actor, login string) error {
	cur, ok := s.ClerkRoom(login)
	if !ok {
		return nil
	}
	return e.closeSession(s, actor, &cur, RoomClerkRemoved, "")
}

// RecordPassword logs that actor gave login a new password. The password's
// hash is kept outside the log, by the caller.
func (e *Engine) RecordPassword(actor, login string) error {
	return clerkEvent[ClerkPassword](e, actor, login)
}

// clerkEvent commits the user event P about login, with their grant.
func clerkEvent[P interface {
	Payload
	~struct{ ClerkRef }
}](e *Engine, actor, login string) error {
	return e.do(func(s *State) error {
		c, ok := s.Clerks[login]
		if !ok {
			return fmt.Errorf("%w: clerk %s", ErrNotFound, login)
		}
		var p P
		if _, removes := any(p).(ClerkDisabled); removes {
			if err := e.closeRoomOf(s, actor, login); err != nil {
				return err
			}
		}
		_, err := e.commit(actor, P{ClerkRef{Login: login, Role: c.Role, Agencies: c.Agencies, AllQueues: c.AllQueues}})
		return err
	})
}
