package server

import (
	"fmt"
	"os"
	"path/filepath"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/shared/devcred"
)

// demoDevice is a device `make run` starts beside a demo hub.
type demoDevice struct {
	id   string
	kind queue.DeviceKind
	room string
}

var demoDevices = []demoDevice{
	{"kiosk-1", queue.DeviceKiosk, ""},
	{"queue-display-1", queue.DeviceQueueDisplay, ""},
	{"counter-display-6", queue.DeviceCounterDisplay, "6"},
}

// writeDemoDevices gives the demo's devices credentials files in dir, as
// an installer does by enrolling them in the console: a device whose file
// is missing, or whose credentials this hub does not accept (a new data
// folder), is enrolled anew and its file written. Files the hub accepts
// are left as they are.
func (h *Hub) writeDemoDevices(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("server: demo devices: %w", err)
	}
	auth := deviceAuth{h.engine, h.store}
	for _, d := range demoDevices {
		path := filepath.Join(dir, d.id+".json")
		if c, err := devcred.Load(path); err == nil {
			if _, err := auth.Authenticate(c.Username, c.Password); err == nil {
				if err := h.keepCA(path, c); err != nil {
					return err
				}
				continue
			}
		}
		if err := h.enrolDemoDevice(d, path); err != nil {
			return fmt.Errorf("server: demo device %s: %w", d.id, err)
		}
	}
	return nil
}

func (h *Hub) enrolDemoDevice(d demoDevice, path string) error {
	devs := h.Devices()
	var usable bool
	h.engine.Read(func(st *queue.State) { old, ok := st.Device(d.id); usable = ok && old.Usable() })
	if usable { // its file was lost: a new secret, as after a replaced board
		if _, err := devs.Revoke(event.ActorDemo, d.id); err != nil {
			return err
		}
	}
	_, code, err := devs.Enrol(event.ActorDemo, d.id, d.kind, d.room)
	if err != nil {
		return err
	}
	c, err := devs.Exchange(code)
	if err != nil {
		return err
	}
	return devcred.Save(path, c)
}

// keepCA brings the CA in an accepted credentials file to the broker's,
// as after the hub is first started with -tls or without it.
func (h *Hub) keepCA(path string, c devcred.Credentials) error {
	if c.CA == h.caPEM() {
		return nil
	}
	c.CA = h.caPEM()
	return devcred.Save(path, c)
}
