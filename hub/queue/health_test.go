package queue_test

import (
	"errors"
	"testing"
	"time"

	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// activeKiosk enrols and activates a kiosk.
func (f *fixture) activeKiosk(id string) {
	_, err := f.e.EnrolDevice("clerk:admin", id, queue.DeviceKiosk, "", f.clock.Now().Add(time.Hour))
	must(f.t, err)
	_, err = f.e.ActivateDevice("device:"+id, id)
	must(f.t, err)
}

func (f *fixture) alerts() map[queue.AlertKind]bool {
	out := map[queue.AlertKind]bool{}
	f.e.Read(func(s *queue.State) {
		for _, a := range s.DeviceAlerts() {
			out[a.Alert] = true
		}
	})
	return out
}

func (f *fixture) report(online bool, p wire.PrinterState) {
	must(f.t, f.e.ReportDevice(queue.DeviceReport{Device: "kiosk-1", Online: online, Printer: p}))
}

func TestPrinterAlertsRaiseAndClearWithTheKiosksReports(t *testing.T) {
	f := newFixture(t)
	f.activeKiosk("kiosk-1")
	f.report(true, wire.PrinterPaperNearEnd)
	if a := f.alerts(); !a[queue.AlertPaperNearEnd] || len(a) != 1 {
		t.Fatalf("near end: alerts %v", a)
	}
	f.clock.Advance(time.Minute)
	f.report(true, wire.PrinterPaperOut)
	if a := f.alerts(); !a[queue.AlertPaperOut] || a[queue.AlertPaperNearEnd] {
		t.Fatalf("paper out: alerts %v", a)
	}
	seq := f.seq()
	f.report(true, wire.PrinterPaperOut) // the periodic status: nothing new
	if f.seq() != seq {
		t.Fatal("a repeated report wrote events")
	}
	f.report(false, "") // the kiosk drops: its printer is not known, the alert stays
	f.reopen()
	if a := f.alerts(); !a[queue.AlertPaperOut] || !a[queue.AlertOffline] {
		t.Fatalf("after dropping and a restart: alerts %v", a)
	}
	f.report(true, wire.PrinterOK)
	if a := f.alerts(); len(a) != 0 {
		t.Fatalf("after a new roll: alerts %v", a)
	}
}

func TestOfflineAlertsOnlyInOpeningHours(t *testing.T) {
	f := newFixture(t)
	var h queue.Hours
	for d := range h.Weekly {
		h.Weekly[d] = []queue.Span{{Open: "08:00", Close: "16:15"}}
	}
	for _, sv := range []string{"veroasiat", "verokortit"} {
		must(t, f.e.Configure("admin:juha", sv, queue.Settings{Hours: h}))
	}
	f.activeKiosk("kiosk-1")
	f.clock.Advance(9 * time.Hour) // 17:00, closed
	f.report(false, "")
	if a := f.alerts(); len(a) != 0 {
		t.Fatalf("offline after hours: alerts %v", a)
	}
	f.clock.Advance(15 * time.Hour) // 08:00 next day: the hub's recheck reports it again
	f.report(false, "")
	if a := f.alerts(); !a[queue.AlertOffline] {
		t.Fatalf("still offline when the doors open: alerts %v", a)
	}
	if _, err := f.e.RevokeDevice("clerk:admin", "kiosk-1"); err != nil {
		t.Fatal(err)
	}
	if a := f.alerts(); len(a) != 0 {
		t.Fatalf("a revoked kiosk keeps alerts %v", a)
	}
	if err := f.e.ReportDevice(queue.DeviceReport{Device: "kiosk-1", Online: true}); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("report of a revoked kiosk: %v, want ErrNotFound", err)
	}
}

func TestKioskServicesAreChecked(t *testing.T) {
	f := newFixture(t)
	f.activeKiosk("kiosk-1")
	if _, err := f.e.SetDeviceServices("clerk:admin", "kiosk-1", []string{"nope"}); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("unknown service: %v", err)
	}
	_, err := f.e.SetDeviceServices("clerk:admin", "kiosk-1", []string{"verokortit", "verokortit"})
	must(t, err)
	f.e.Read(func(s *queue.State) {
		if got := s.DeviceServiceIDs("kiosk-1"); len(got) != 1 || got[0] != "verokortit" {
			t.Errorf("kiosk-1 offers %v", got)
		}
		if got := s.DeviceServiceIDs("kiosk-2"); len(got) != 2 {
			t.Errorf("a kiosk set to nothing offers %v, want every service", got)
		}
	})
}
