package voucher

import "errors"

// Errors of the engine's commands. None quotes a personal identity code.
var (
	ErrNotFound  = errors.New("voucher: not found")
	ErrForbidden = errors.New("voucher: not allowed")
	ErrInvalid   = errors.New("voucher: invalid input")
	ErrBalance   = errors.New("voucher: not enough balance")
	ErrClosed    = errors.New("voucher: voucher ended or not valid on that date")
	ErrNoMatch   = errors.New("voucher: no voucher with that number and check code")
	ErrExists    = errors.New("voucher: already exists")
)
