//go:build !linux

package escpostest

import "errors"

// PTY is a virtual printer on a pseudo-terminal; only on Linux.
type PTY struct{}

// ServePTY fails: pseudo-terminals are served on Linux only.
func (v *Virtual) ServePTY() (*PTY, error) {
	return nil, errors.New("escpostest: pseudo-terminals are served on Linux only")
}

// Path is empty.
func (p *PTY) Path() string { return "" }

// Close does nothing.
func (p *PTY) Close() error { return nil }
