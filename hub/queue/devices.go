package queue

import (
	"fmt"
	"maps"
	"slices"
	"time"

	"vuoro/hub/event"
	"vuoro/shared/wire"
)

// DeviceKind is what a device of the site is.
type DeviceKind string

// The kinds of device that connect to the hub's broker.
const (
	DeviceKiosk          DeviceKind = "kiosk"
	DeviceQueueDisplay   DeviceKind = "queue-display"
	DeviceCounterDisplay DeviceKind = "counter-display"
)

// Known reports whether k is one of the kinds of device.
func (k DeviceKind) Known() bool {
	switch k {
	case DeviceKiosk, DeviceQueueDisplay, DeviceCounterDisplay:
		return true
	}
	return false
}

// Device is an enrolled device: pending until it exchanges its one-time
// enrolment code for its credentials, then active until revoked. The code
// and the password's hash are kept outside the log, by the caller.
type Device struct {
	ID       string     `json:"id"`
	Kind     DeviceKind `json:"kind"`
	Room     string     `json:"room,omitempty"` // a counter display's room
	Enrolled time.Time  `json:"enrolled"`
	Expires  time.Time  `json:"expires"`          // until when the code may be exchanged
	Active   time.Time  `json:"active,omitzero"`  // when it took its credentials
	Revoked  time.Time  `json:"revoked,omitzero"` // when it was revoked
	// Services a kiosk offers; none: every service of the site.
	Services []string `json:"services,omitempty"`
	// Alerts raised of the device and not cleared, with when each was
	// raised. Replaced, never changed in place: readers may keep it.
	Alerts map[AlertKind]time.Time `json:"alerts,omitempty"`
	// Config is how a site admin has set up a display; nil: never, and
	// the display does as DefaultDisplayConfig says. Replaced, never
	// changed in place.
	Config *DisplayConfig `json:"config,omitempty"`
}

// Usable reports whether the device may connect: it holds credentials
// and is not revoked.
func (d Device) Usable() bool { return !d.Active.IsZero() && d.Revoked.IsZero() }

// Pending reports whether the device still waits for its code to be
// exchanged.
func (d Device) Pending() bool { return d.Active.IsZero() && d.Revoked.IsZero() }

// Device returns the device with id, enrolled, active or revoked.
func (s *State) Device(id string) (Device, bool) {
	d, ok := s.devices[id]
	if !ok {
		return Device{}, false
	}
	return *d, true
}

// Devices returns every device ever enrolled, by id.
func (s *State) Devices() []Device {
	out := make([]Device, 0, len(s.devices))
	for _, id := range slices.Sorted(maps.Keys(s.devices)) {
		out = append(out, *s.devices[id])
	}
	return out
}

// EnrolDevice enrols a device whose code may be exchanged until expires. A
// device id that is active is refused (revoke it first); a pending one is
// enrolled anew, so its earlier code no longer counts.
func (e *Engine) EnrolDevice(actor string, id string, kind DeviceKind, room string, expires time.Time) (Device, error) {
	var d Device
	err := e.do(func(s *State) error {
		if err := s.checkEnrol(id, kind, room); err != nil {
			return err
		}
		if !expires.After(e.now()) {
			return fmt.Errorf("%w: the code's validity has ended already", ErrInvalid)
		}
		_, err := e.commit(actor, DeviceEnrolled{Device: id, Type: kind, Room: room, Expires: expires.UTC()})
		d = *s.devices[id]
		return err
	})
	return d, err
}

func (s *State) checkEnrol(id string, kind DeviceKind, room string) error {
	switch {
	case !wire.ValidID(id):
		return fmt.Errorf("%w: device id %q", ErrInvalid, id)
	case !kind.Known():
		return fmt.Errorf("%w: device kind %q", ErrInvalid, kind)
	case (kind == DeviceCounterDisplay) != (room != ""):
		return fmt.Errorf("%w: a counter display, and only it, names its room", ErrInvalid)
	}
	if _, ok := s.Room(room); room != "" && !ok {
		return fmt.Errorf("%w: room %s", ErrNotFound, room)
	}
	if d, ok := s.devices[id]; ok && d.Usable() {
		return fmt.Errorf("%w: device %s is enrolled; revoke it first", ErrExists, id)
	}
	return nil
}

// ActivateDevice records that a pending device exchanged its code for
// credentials; an active, revoked or unknown device, or a code past its
// validity, is refused.
func (e *Engine) ActivateDevice(actor, id string) (Device, error) {
	var d Device
	err := e.do(func(s *State) error {
		cur, ok := s.devices[id]
		switch {
		case !ok || !cur.Pending():
			return fmt.Errorf("%w: no device %s waits for its code", ErrNotFound, id)
		case !e.now().Before(cur.Expires):
			return fmt.Errorf("%w: device %s", ErrExpired, id)
		}
		_, err := e.commit(actor, DeviceActivated{DeviceRef{id}})
		d = *cur
		return err
	})
	return d, err
}

// RevokeDevice revokes a device, pending or active: it may no longer
// connect, and its code no longer counts.
func (e *Engine) RevokeDevice(actor, id string) (Device, error) {
	var d Device
	err := e.do(func(s *State) error {
		cur, ok := s.devices[id]
		if !ok || !cur.Revoked.IsZero() {
			return fmt.Errorf("%w: device %s", ErrNotFound, id)
		}
		_, err := e.commit(actor, DeviceRevoked{DeviceRef{id}})
		d = *cur
		return err
	})
	return d, err
}

func applyDeviceEnrolled(s *State, ev event.Event, v DeviceEnrolled) {
	s.devices[v.Device] = &Device{ID: v.Device, Kind: v.Type, Room: v.Room, Enrolled: ev.Time, Expires: v.Expires}
}

func applyDeviceActivated(s *State, ev event.Event, v DeviceActivated) {
	if d, ok := s.devices[v.Device]; ok {
		d.Active = ev.Time
	}
}

func applyDeviceRevoked(s *State, ev event.Event, v DeviceRevoked) {
	if d, ok := s.devices[v.Device]; ok {
		d.Revoked, d.Alerts = ev.Time, nil // a revoked device is no one's concern
	}
	delete(s.blocks, v.Device) // its blocks are void

}
