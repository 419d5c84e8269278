package authz

import "errors"

// The refusals of the console's authorization: each is a 403.
var (
	ErrNoRight     = errors.New("web: your role does not allow this")
	ErrNotYours    = errors.New("web: not one of your queues")
	ErrNotYourUser = errors.New("web: not a user of your agencies") // a user, a role or a grant beyond an admin's agencies
)
