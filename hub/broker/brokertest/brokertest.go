// Package brokertest holds a table of devices for tests of what connects
// to the embedded broker, standing in for the hub's enrolled devices.
package brokertest

import (
	"crypto/subtle"
	"sync"

	"vuoro/hub/broker"
)

// Devices is a broker.Authenticator over a table of devices and their
// passwords. The zero value is empty and ready.
type Devices struct {
	mu sync.Mutex
	m  map[string]entry
}

type entry struct {
	id       broker.Identity
	password string
	revoked  bool
}

// Add lets id connect with password.
func (d *Devices) Add(id broker.Identity, password string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.m == nil {
		d.m = map[string]entry{}
	}
	d.m[id.Device] = entry{id: id, password: password}
}

// Remove forgets a device, as revoking it does.
func (d *Devices) Remove(device string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	delete(d.m, device)
}

// Revoke keeps a device but refuses it as revoked, as the hub does.
func (d *Devices) Revoke(device string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if e, ok := d.m[device]; ok {
		e.revoked = true
		d.m[device] = e
	}
}

// Authenticate implements broker.Authenticator.
func (d *Devices) Authenticate(username, password string) (broker.Identity, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	e, ok := d.m[username]
	switch {
	case !ok:
		return broker.Identity{}, broker.ErrUnknownDevice
	case e.revoked:
		return broker.Identity{}, broker.ErrRevoked
	case subtle.ConstantTimeCompare([]byte(e.password), []byte(password)) != 1:
		return broker.Identity{}, broker.ErrBadPassword
	}
	return e.id, nil
}
