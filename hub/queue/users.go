package queue

import (
	"fmt"
)

// The kinds of event about console users beside KindClerkAdded.
const (
	KindClerkDisabled = "clerk.disabled" // can no longer log in
	KindClerkPassword = "clerk.password" // got a new password (kept outside the log)
)

// ClerkRef is the payload of KindClerkDisabled and KindClerkPassword.
type ClerkRef struct {
	Login string `json:"login"`
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
		if _, ok := s.Clerks[login]; !ok {
			return fmt.Errorf("%w: clerk %s", ErrNotFound, login)
		}
		_, err := e.commit(actor, kind, ClerkRef{Login: login})
		return err
	})
}
