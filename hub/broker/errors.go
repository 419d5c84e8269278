package broker

import "errors"

// Why an Authenticator refuses credentials. The broker counts refusals by
// these (Stats), so an operator tells a stranger's guesses from a device
// revoked on purpose.
var (
	// ErrUnknownDevice: no such device, or one whose enrolment code has
	// not yet been exchanged for credentials.
	ErrUnknownDevice = errors.New("broker: unknown device")
	// ErrRevoked: the device was revoked.
	ErrRevoked = errors.New("broker: device revoked")
	// ErrBadPassword: the device exists but the password is not its own.
	ErrBadPassword = errors.New("broker: wrong password")
)
