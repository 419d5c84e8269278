package follow

import "errors"

// ErrUnknownToken is a follow token that names no visit.
var ErrUnknownToken = errors.New("follow: unknown token")
