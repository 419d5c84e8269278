//go:build !linux

package barcode

import (
	"errors"
	"io"
)

// OpenEvdev needs Linux input devices; elsewhere it returns an error. Use
// NewEvdev to decode recorded events.
func OpenEvdev(path string, o Options) (*Reader, io.Closer, error) {
	return nil, nil, errors.New("barcode: evdev readers need Linux")
}
