package hetu

import "errors"

// Errors returned by Parse. None of them quotes the code.
var (
	ErrFormat  = errors.New("hetu: not of the form DDMMYYCZZZQ")
	ErrCentury = errors.New("hetu: unknown century sign")
	ErrDate    = errors.New("hetu: no such date of birth")
	ErrCheck   = errors.New("hetu: check character does not match")
)
