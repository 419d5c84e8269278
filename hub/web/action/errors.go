package action

import (
	"fmt"

	"vuoro/hub/queue"
)

// The actions' own reasons to refuse. None of them ever quotes what the
// user typed, so no personal data reaches an error or a log.
var (
	ErrField     = fmt.Errorf("%w: malformed field", queue.ErrInvalid)
	ErrNoRoom    = fmt.Errorf("%w: choose your room first", queue.ErrInvalid)
	ErrPassword  = fmt.Errorf("%w: a password needs %d to 72 bytes", queue.ErrInvalid, MinPassword)
	ErrHETU      = fmt.Errorf("%w: not a valid personal identity code", queue.ErrInvalid)
	ErrTime      = fmt.Errorf("%w: a date and time like 2026-11-23T10:00", queue.ErrInvalid)
	ErrSelf      = fmt.Errorf("%w: you cannot disable yourself", queue.ErrInvalid)
	ErrNoHelp    = fmt.Errorf("%w: no such open help request", queue.ErrNotFound)
	ErrNoDevices = fmt.Errorf("%w: this console cannot enrol devices", queue.ErrInvalid)
	errLogin     = fmt.Errorf("%w: a login of 2-32 characters a-z 0-9 . _ -", queue.ErrInvalid)
	errCatalogID = fmt.Errorf("%w: an id of 1-40 characters a-z 0-9 - _", queue.ErrInvalid)
	errRoomID    = fmt.Errorf("%w: a room id of 1-40 characters a-z 0-9 - _", queue.ErrInvalid)
	errFiName    = fmt.Errorf("%w: a name in Finnish is needed", queue.ErrInvalid)
	errCapacity  = fmt.Errorf("%w: a capacity of 0 or more", queue.ErrInvalid)
	errHours     = fmt.Errorf("%w: opening hours like 08:00-11:30, 12:30-16:15", queue.ErrInvalid)
)
