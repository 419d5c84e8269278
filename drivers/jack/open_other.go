//go:build !linux

package jack

import (
	"errors"
	"io"
)

// Open needs Linux input devices; elsewhere it returns an error. Use New
// to decode recorded events.
func Open(path string) (*Watcher, io.Closer, error) {
	return nil, nil, errors.New("jack: headphone jacks need Linux")
}
