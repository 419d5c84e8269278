package jack

import "errors"

// ErrNoJack is returned by Find when no input device reports a headphone
// jack.
var ErrNoJack = errors.New("jack: no headphone jack among the input devices")
