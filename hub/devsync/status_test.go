package devsync_test

import (
	"testing"
	"time"

	"vuoro/hub/devsync"
	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// A kiosk's printer running out raises an alert in the engine, kept with
// the kiosk's status; a new roll clears it.
func TestPrinterStatusRaisesAndClearsAnAlert(t *testing.T) {
	eng, s, url := hub(t)
	_, err := eng.EnrolDevice("clerk:admin", "k1", queue.DeviceKiosk, "", time.Now().Add(time.Hour))
	if err == nil {
		_, err = eng.ActivateDevice("device:k1", "k1")
	}
	if err != nil {
		t.Fatal(err)
	}
	c, _ := device(t, url)
	topic := wire.Topic{Kind: wire.KindDevice, Site: "lahti", ID: "k1"}.String()
	status := func(p wire.PrinterState) {
		b, _ := wire.Encode(&wire.DeviceStatus{Header: wire.NewHeader(time.Now()), Device: "k1", Kind: "kiosk", Online: true,
			Health: wire.Health{Version: "1.4.0", Uptime: 60, Printer: p}})
		c.Publish(topic, 1, false, b).Wait()
	}
	alerts := func() []queue.DeviceAlert {
		var out []queue.DeviceAlert
		eng.Read(func(st *queue.State) { out = st.DeviceAlerts() })
		return out
	}
	status(wire.PrinterPaperOut)
	waitFor(t, "the paper-out alert", func() bool {
		a := alerts()
		return len(a) == 1 && a[0].Device == "k1" && a[0].Alert == queue.AlertPaperOut
	})
	seen, ok := s.Device("k1")
	if !ok || seen.Printer != wire.PrinterPaperOut || seen.Version != "1.4.0" || seen.At.IsZero() {
		t.Fatalf("kept status %+v, %v", seen, ok)
	}
	if n := s.OnlineCount()["kiosk"]; n != 1 {
		t.Fatalf("%d kiosks online, want 1", n)
	}
	status(wire.PrinterOK)
	waitFor(t, "the alert cleared", func() bool { return len(alerts()) == 0 })

	// A status claiming another device is refused, and counted.
	b, _ := wire.Encode(&wire.DeviceStatus{Header: wire.NewHeader(time.Now()), Device: "k2", Kind: "kiosk", Online: true,
		Health: wire.Health{Printer: wire.PrinterPaperOut}})
	c.Publish(topic, 1, false, b).Wait()
	waitFor(t, "the forged status counted", func() bool { return s.Rejects()[devsync.RejectDeviceMismatch] == 1 })
	if len(alerts()) != 0 {
		t.Fatal("a status in another device's name raised an alert")
	}
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if ok() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}
