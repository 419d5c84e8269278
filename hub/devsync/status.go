package devsync

import (
	"errors"
	"maps"
	"time"

	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// Seen is a device's last status and when the hub received it.
type Seen struct {
	wire.DeviceStatus
	At time.Time
}

// noteDevice keeps a device's status and lets the engine decide its
// alerts. It runs in the Run loop.
func (s *Sync) noteDevice(d wire.DeviceStatus) {
	s.mu.Lock()
	s.devices[d.Device] = Seen{DeviceStatus: d, At: s.opts.Now()}
	s.mu.Unlock()
	s.report(d)
}

// report hands a status to the engine. A device the engine does not know
// (not enrolled, revoked) has no alerts: the broker let it in before it
// was revoked, or it is a test's.
func (s *Sync) report(d wire.DeviceStatus) {
	err := s.eng.ReportDevice(queue.DeviceReport{Device: d.Device, Online: d.Online, Printer: d.Printer})
	if err != nil && !errors.Is(err, queue.ErrNotFound) {
		s.opts.Logger.Error("device status not recorded", "device", d.Device, "err", err)
	}
}

// recheckOffline reports again the devices last seen offline, so one that
// stays away raises its alert when the opening hours begin.
func (s *Sync) recheckOffline() {
	for _, d := range s.Devices() {
		if !d.Online {
			s.report(d.DeviceStatus)
		}
	}
}

// Devices returns the last status each device reported since the hub
// started, and when, by device id.
func (s *Sync) Devices() map[string]Seen {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.devices)
}

// Device returns the last status of one device, if it reported one.
func (s *Sync) Device(id string) (Seen, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, ok := s.devices[id]
	return d, ok
}

// OnlineCount returns how many devices said they are online and have not
// dropped since, by kind.
func (s *Sync) OnlineCount() map[string]int {
	out := map[string]int{}
	for _, d := range s.Devices() {
		if d.Online {
			out[d.Kind]++
		}
	}
	return out
}
