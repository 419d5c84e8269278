package action

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
	"vuoro/shared/wire"
)

// Devices is what the console needs of the hub's device enrolment: the
// hub (hub/server) enrols and revokes, keeping the codes' hashes in its
// data file, and its broker knows when a device was last heard from.
type Devices interface {
	// Enrol enrols a device and returns its one-time enrolment code.
	Enrol(actor, id string, kind queue.DeviceKind, room string) (queue.Device, string, error)
	// Revoke revokes a device and disconnects it.
	Revoke(actor, id string) (queue.Device, error)
	// LastSeen is when the device was last heard from (zero if never),
	// and whether it is connected now.
	LastSeen(id string) (time.Time, bool)
}

// Healths is what a Devices may also tell: what each device last said of
// itself and when (the hub's device bridge keeps it since it started).
type Healths interface {
	Health(id string) (wire.Health, time.Time, bool)
}

// deviceReq names a device, and for enrolling its kind and a counter
// display's room.
type deviceReq struct {
	Device string           `json:"device"`
	Kind   queue.DeviceKind `json:"kind"`
	Room   string           `json:"room"`
}

// Enrolment is an enrolled device and its one-time code, shown once.
type Enrolment struct {
	queue.Device
	Code string `json:"code"`
}

// enrol-device enrols a kiosk or a display: the answer carries the one
// code the device exchanges for its credentials.
var _ = define(Action{Name: "enrol-device", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
	Routes: []string{"POST /api/v1/devices"}},
	func(d *Deps, c queue.Clerk, r *deviceReq) (Outcome, error) {
		if d.Devices == nil {
			return Outcome{}, ErrNoDevices
		}
		dev, code, err := d.Devices.Enrol(authz.Actor(c), strings.TrimSpace(r.Device), r.Kind, strings.TrimSpace(r.Room))
		return named(Enrolment{Device: dev, Code: code}, "done.device_enrolled", dev.ID, err)
	})

// revoke-device revokes a device, waiting for its code or active: it
// is disconnected at once and may not connect again.
var _ = define(Action{Name: "revoke-device", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
	Routes: []string{"POST /api/v1/devices/{device}/revoke"}},
	func(d *Deps, c queue.Clerk, r *deviceReq) (Outcome, error) {
		if d.Devices == nil {
			return Outcome{}, ErrNoDevices
		}
		dev, err := d.Devices.Revoke(authz.Actor(c), r.Device)
		return named(d.deviceStatus(dev), "done.device_revoked", r.Device, err)
	})

// DeviceStatus is a device as the console lists it.
type DeviceStatus struct {
	queue.Device
	State    string    `json:"state"` // "pending" (waiting for its code), "active" or "revoked"
	LastSeen time.Time `json:"last_seen,omitzero"`
	Online   bool      `json:"online"`
	Seen     string    `json:"-"` // LastSeen in the site's time, for the page
	// Health is what the device last reported of itself, and Reported
	// when (zero if it has not reported since the hub started).
	Health   wire.Health `json:"health"`
	Reported time.Time   `json:"reported,omitzero"`
	Alerts   []string    `json:"alerts"` // the alerts raised and not cleared
	Uptime   string      `json:"-"`      // the uptime in hours and minutes, for the page
}

// DeviceList returns every device ever enrolled, by id, with when each
// was last heard from.
func (d *Deps) DeviceList() []DeviceStatus {
	var devs []queue.Device
	var loc *time.Location
	d.Eng.Read(func(st *queue.State) { devs, loc = st.Devices(), st.Location() })
	out := make([]DeviceStatus, 0, len(devs))
	for _, dev := range devs {
		s := d.deviceStatus(dev)
		if !s.LastSeen.IsZero() {
			s.Seen = s.LastSeen.In(loc).Format("2.1.2006 15:04")
		}
		out = append(out, s)
	}
	return out
}

func (d *Deps) deviceStatus(dev queue.Device) DeviceStatus {
	s := DeviceStatus{Device: dev, State: "active"}
	switch {
	case !dev.Revoked.IsZero():
		s.State = "revoked"
	case dev.Pending():
		s.State = "pending"
	}
	if d.Devices != nil && dev.ID != "" {
		s.LastSeen, s.Online = d.Devices.LastSeen(dev.ID)
	}
	if h, ok := d.Devices.(Healths); ok && dev.ID != "" {
		s.Health, s.Reported, _ = h.Health(dev.ID)
		s.Uptime = uptimeText(s.Health.Uptime)
	}
	s.Alerts = []string{}
	for _, a := range slices.Sorted(maps.Keys(dev.Alerts)) {
		s.Alerts = append(s.Alerts, string(a))
	}
	return s
}

// uptimeText is an uptime as "3 h 05 min"; empty when not reported.
func uptimeText(secs int64) string {
	if secs <= 0 {
		return ""
	}
	return fmt.Sprintf("%d h %02d min", secs/3600, secs%3600/60)
}
