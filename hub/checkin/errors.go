package checkin

import "errors"

// Errors of Match. Neither quotes the name or the code asked for.
var (
	// ErrNoMatch: no appointment of the day fits.
	ErrNoMatch = errors.New("checkin: no appointment fits")
	// ErrAmbiguous: more than one appointment fits.
	ErrAmbiguous = errors.New("checkin: more than one appointment fits")
)
