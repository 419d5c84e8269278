package mandates

import "errors"

// Errors of the client. Each error it returns wraps one of these.
var (
	// ErrUnavailable: the service did not answer, or answered with a
	// server error. Trying again later may work.
	ErrUnavailable = errors.New("mandates: Suomi.fi Mandates is not available")
	// ErrCredentials: the service refused the client (401 or 403): its
	// client id, checksum secret or OAuth secret is wrong, or its clock is
	// off. The operator must fix the configuration.
	ErrCredentials = errors.New("mandates: Suomi.fi Mandates refused this service's credentials")
	// ErrMalformed: the service's answer was not what the API defines.
	ErrMalformed = errors.New("mandates: unexpected answer from Suomi.fi Mandates")
	// ErrCancelled: the person left the mandate selection without choosing
	// a principal (or has no mandates to choose from).
	ErrCancelled = errors.New("mandates: no principal was chosen")
	// ErrNotAuthorized: the principal chosen has not authorised the
	// delegate for the matter.
	ErrNotAuthorized = errors.New("mandates: no mandate for the matter")
	// ErrExpired: the authorisation code or the session is no longer valid
	// (400 invalid_grant, or 404 for the session).
	ErrExpired = errors.New("mandates: the mandate session has expired")
)
