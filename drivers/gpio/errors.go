package gpio

import "errors"

// ErrNoPin is returned by the Open functions for a pin name the board does
// not have.
var ErrNoPin = errors.New("gpio: no such pin")
