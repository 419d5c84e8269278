package suomifi

import (
	"errors"
	"fmt"
)

// Errors of a login or logout. A user is told only which of these it was.
var (
	// ErrStatus: the identity provider answered with an error status, as
	// when the user cancels.
	ErrStatus = errors.New("suomifi: identification failed or was cancelled")
	// ErrInvalid: a signature, a decryption or a condition failed.
	ErrInvalid = errors.New("suomifi: response not valid")
	// ErrLoA: the level of assurance is lower than required.
	ErrLoA = errors.New("suomifi: level of assurance too low")
	// ErrReplay: this assertion was already used.
	ErrReplay = errors.New("suomifi: response already used")
)

// StatusError carries the status codes of an error response.
type StatusError struct {
	Code string
}

func (e StatusError) Error() string { return fmt.Sprintf("%v: %s", ErrStatus, e.Code) }

// Unwrap makes errors.Is(err, ErrStatus) true.
func (e StatusError) Unwrap() error { return ErrStatus }
