package sitefile

import "errors"

// Errors of a site file. They are wrapped with the file's name, the line or
// key and the detail; test with errors.Is.
var (
	// ErrSyntax is a file that is not valid TOML, or a value of the wrong
	// form ("R1" for a letter, "8-16" for opening hours).
	ErrSyntax = errors.New("sitefile: malformed")
	// ErrInvalid is a file that is well formed but says something
	// impossible: a missing name, an unknown agency, a letter used twice.
	ErrInvalid = errors.New("sitefile: invalid")
	// ErrRefused is a file the hub's data cannot follow now: it removes a
	// service with open visits, or a room serving one.
	ErrRefused = errors.New("sitefile: refused")
)
