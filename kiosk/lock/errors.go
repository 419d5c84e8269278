package lock

import "errors"

// Sentinel errors, wrapped with detail.
var (
	ErrWrongPIN = errors.New("lock: wrong PIN")
	ErrLocked   = errors.New("lock: too many wrong PINs, try again later")
	ErrNoPIN    = errors.New("lock: no admin PIN is set")
	ErrBadPIN   = errors.New("lock: a PIN is 6 to 12 digits")
)
