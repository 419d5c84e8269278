package queue

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"time"

	"vuoro/hub/event"
	"vuoro/shared/wire"
)

// AlertKind is something wrong with a device that the service advisors
// should see to.
type AlertKind string

// The alerts of a device.
const (
	AlertPaperNearEnd AlertKind = "printer-paper-near-end" // a kiosk's printer: change the roll soon
	AlertPaperOut     AlertKind = "printer-paper-out"      // a kiosk's printer: it prints no tickets
	AlertOffline      AlertKind = "offline"                // the device dropped from the hub in opening hours
)

// DeviceReport is what a device last said of itself: online or not (the
// broker says offline for a device that dropped), and a kiosk's printer.
type DeviceReport struct {
	Device  string
	Online  bool
	Printer wire.PrinterState // empty: no printer, or not known
}

// DeviceAlert is an alert raised of a device and not yet cleared.
type DeviceAlert struct {
	Device string
	Kind   DeviceKind
	Alert  AlertKind
	Since  time.Time
}

// ReportDevice decides the alerts of a device from its report: a kiosk's
// printer near its end or out raises an alert, and a device offline while
// one of its services is open; each clears when the device says it has
// recovered. An offline device keeps its printer alerts: nothing is
// known of the printer then. Only changes are written.
func (e *Engine) ReportDevice(r DeviceReport) error {
	return e.do(func(s *State) error {
		d, ok := s.devices[r.Device]
		if !ok || !d.Usable() {
			return fmt.Errorf("%w: active device %s", ErrNotFound, r.Device)
		}
		want := s.wantAlerts(d, r, e.now())
		for _, a := range slices.Sorted(maps.Keys(want)) {
			if _, had := d.Alerts[a]; !had {
				if _, err := e.commit("device:"+r.Device, DeviceAlerted{Device: r.Device, Alert: a}); err != nil {
					return err
				}
			}
		}
		for _, a := range slices.Sorted(maps.Keys(d.Alerts)) {
			if !want[a] {
				if _, err := e.commit("device:"+r.Device, DeviceAlertCleared{Device: r.Device, Alert: a}); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// wantAlerts is the set of alerts a device in report r should have at now.
func (s *State) wantAlerts(d *Device, r DeviceReport, now time.Time) map[AlertKind]bool {
	want := map[AlertKind]bool{}
	if !r.Online {
		for _, a := range []AlertKind{AlertPaperNearEnd, AlertPaperOut} {
			_, had := d.Alerts[a]
			want[a] = had
		}
		_, had := d.Alerts[AlertOffline]
		want[AlertOffline] = had || s.deviceOpen(d, now)
	} else {
		want[AlertPaperNearEnd] = r.Printer == wire.PrinterPaperNearEnd
		want[AlertPaperOut] = r.Printer == wire.PrinterPaperOut
	}
	maps.DeleteFunc(want, func(_ AlertKind, on bool) bool { return !on })
	return want
}

// deviceOpen reports whether one of the services d serves is open at now.
func (s *State) deviceOpen(d *Device, now time.Time) bool {
	return slices.ContainsFunc(s.DeviceServiceIDs(d.ID), func(sv string) bool { return s.OpenNow(sv, now) })
}

// DeviceServiceIDs returns the services a device serves: those a kiosk
// was set to offer, or else every service of the site.
func (s *State) DeviceServiceIDs(id string) []string {
	if d, ok := s.devices[id]; ok && len(d.Services) > 0 {
		return d.Services
	}
	out := make([]string, 0, len(s.Services))
	for _, sv := range s.Services {
		out = append(out, sv.ID)
	}
	return out
}

// SetDeviceServices sets the services a kiosk offers; none means every
// service of the site.
func (e *Engine) SetDeviceServices(actor, id string, services []string) (Device, error) {
	var d Device
	err := e.do(func(s *State) error {
		cur, ok := s.devices[id]
		switch {
		case !ok || !cur.Revoked.IsZero():
			return fmt.Errorf("%w: device %s", ErrNotFound, id)
		case cur.Kind != DeviceKiosk && len(services) > 0:
			return fmt.Errorf("%w: only a kiosk offers services", ErrInvalid)
		}
		for _, sv := range services {
			if _, ok := s.Service(sv); !ok {
				return fmt.Errorf("%w: service %s", ErrNotFound, sv)
			}
		}
		list := slices.Compact(slices.Sorted(slices.Values(services)))
		_, err := e.commit(actor, DeviceServices{Device: id, Services: list})
		d = *cur
		return err
	})
	return d, err
}

// DeviceAlerts returns the alerts not yet cleared, oldest first.
func (s *State) DeviceAlerts() []DeviceAlert {
	var out []DeviceAlert
	for _, d := range s.devices {
		for a, since := range d.Alerts {
			out = append(out, DeviceAlert{Device: d.ID, Kind: d.Kind, Alert: a, Since: since})
		}
	}
	slices.SortFunc(out, func(a, b DeviceAlert) int {
		return cmp.Or(a.Since.Compare(b.Since), cmp.Compare(a.Device, b.Device), cmp.Compare(a.Alert, b.Alert))
	})
	return out
}

func applyDeviceAlerted(s *State, ev event.Event, v DeviceAlerted) {
	if d, ok := s.devices[v.Device]; ok {
		alerts := maps.Clone(d.Alerts)
		if alerts == nil {
			alerts = map[AlertKind]time.Time{}
		}
		alerts[v.Alert] = ev.Time
		d.Alerts = alerts
	}
}

func applyDeviceAlertCleared(s *State, _ event.Event, v DeviceAlertCleared) {
	if d, ok := s.devices[v.Device]; ok {
		alerts := maps.Clone(d.Alerts)
		delete(alerts, v.Alert)
		d.Alerts = alerts
	}
}

func applyDeviceServices(s *State, _ event.Event, v DeviceServices) {
	if d, ok := s.devices[v.Device]; ok {
		d.Services = slices.Clone(v.Services)
	}
}
