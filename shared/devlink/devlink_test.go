package devlink_test

import (
	"net"
	"testing"
	"time"

	mqtt "github.com/mochi-mqtt/server/v2"
	"github.com/mochi-mqtt/server/v2/hooks/auth"
	"github.com/mochi-mqtt/server/v2/listeners"
	"github.com/mochi-mqtt/server/v2/packets"

	"vuoro/shared/devlink"
	"vuoro/shared/wire"
)

// broker starts a real MQTT broker on addr (":0" picks a port).
func broker(t *testing.T, addr string) (*mqtt.Server, string) {
	t.Helper()
	return brokerThen(t, addr, nil)
}

// brokerWatching starts a broker on addr that follows the devices'
// statuses from before its first connection: a device reconnecting at once
// is not missed.
func brokerWatching(t *testing.T, addr string) (*mqtt.Server, chan *wire.DeviceStatus) {
	t.Helper()
	var st chan *wire.DeviceStatus
	s, _ := brokerThen(t, addr, func(s *mqtt.Server) { st = statuses(t, s) })
	return s, st
}

// brokerThen starts a broker on addr, calling before (if not nil) before it
// takes connections.
func brokerThen(t *testing.T, addr string, before func(*mqtt.Server)) (*mqtt.Server, string) {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	s := mqtt.New(&mqtt.Options{InlineClient: true})
	s.AddHook(new(auth.AllowHook), nil)
	if before != nil {
		before(s)
	}
	if err := s.AddListener(listeners.NewNet("t", ln)); err != nil {
		t.Fatal(err)
	}
	if err := s.Serve(); err != nil {
		t.Fatal(err)
	}
	return s, ln.Addr().String()
}

func statuses(t *testing.T, s *mqtt.Server) chan *wire.DeviceStatus {
	ch := make(chan *wire.DeviceStatus, 10)
	s.Subscribe(wire.Filter("lahti", wire.KindDevice), 1, func(_ *mqtt.Client, _ packets.Subscription, pk packets.Packet) {
		if d, err := wire.Decode[wire.DeviceStatus](pk.Payload); err == nil {
			ch <- d
		}
	})
	return ch
}

// next waits for the next value on ch. Reconnecting goes through paho's
// backoff, which stretches on a loaded machine: hence the generous limit.
func next[T any](t *testing.T, ch chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(30 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
		var zero T
		return zero
	}
}

func TestPresenceAndResubscribeAfterBrokerRestart(t *testing.T) {
	s, addr := broker(t, "127.0.0.1:0")
	st := statuses(t, s)
	l, err := devlink.Open(devlink.Options{Broker: "tcp://" + addr, Site: "lahti", Device: "kiosk-1", Kind: "kiosk"})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	got := make(chan string, 10)
	l.Subscribe("vuoro/v1/lahti/catalog", func(b []byte) { got <- string(b) })
	if d := next(t, st, "online status"); !d.Online || d.Device != "kiosk-1" || d.Kind != "kiosk" {
		t.Fatalf("status = %+v", d)
	}

	// The hub's broker goes away and comes back on the same address.
	s.Close()
	time.Sleep(200 * time.Millisecond)
	if err := l.Publish("vuoro/v1/lahti/kiosk/kiosk-1/help", &wire.HelpRequest{Header: wire.NewHeader(time.Now()), Device: "kiosk-1"}, false); err == nil {
		t.Fatal("publish while the broker is down reported success")
	}
	s, st = brokerWatching(t, addr)
	defer s.Close()
	if d := next(t, st, "online status after reconnect"); !d.Online {
		t.Fatalf("status after reconnect = %+v", d)
	}
	s.Publish("vuoro/v1/lahti/catalog", []byte("hello"), false, 1)
	if m := next(t, got, "message on the renewed subscription"); m != "hello" {
		t.Fatalf("got %q", m)
	}
}

func TestLastWillMarksDeviceOffline(t *testing.T) {
	s, addr := broker(t, "127.0.0.1:0")
	defer s.Close()
	st := statuses(t, s)
	l, _ := devlink.Open(devlink.Options{Broker: "tcp://" + addr, Site: "lahti", Device: "display-1", Kind: "queue-display"})
	next(t, st, "online status")
	l.Close()
	if d := next(t, st, "offline status"); d.Online {
		t.Fatalf("after Close the device is %+v", d)
	}
}

func TestOpenRejectsUnsafeIDs(t *testing.T) {
	for _, id := range []string{"", "a/b", "kiosk+", "#", "Kiosk"} {
		if _, err := devlink.Open(devlink.Options{Site: "lahti", Device: id}); err == nil {
			t.Errorf("device id %q accepted; it would corrupt the topic tree", id)
		}
	}
}

func TestHealthPublishedOnChangeAndPeriodically(t *testing.T) {
	s, addr := broker(t, "127.0.0.1:0")
	defer s.Close()
	st := statuses(t, s)
	l, err := devlink.Open(devlink.Options{Broker: "tcp://" + addr, Site: "lahti", Device: "kiosk-1", Kind: "kiosk",
		Version: "1.4.0", StatusEvery: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if d := next(t, st, "online status"); d.Version != "1.4.0" || d.Printer != "" {
		t.Fatalf("first status = %+v", d)
	}
	l.SetHealth(wire.Health{Printer: wire.PrinterPaperOut, LastError: "escpos: paper out"})
	d := next(t, st, "status after the printer ran out")
	for d.Printer != wire.PrinterPaperOut { // a periodic status may come first
		d = next(t, st, "status after the printer ran out")
	}
	if !d.Online || d.LastError != "escpos: paper out" || d.Version != "1.4.0" {
		t.Fatalf("status = %+v", d)
	}
	again := next(t, st, "periodic status")
	if again.Printer != wire.PrinterPaperOut || again.Uptime < 0 {
		t.Fatalf("periodic status = %+v", again)
	}
}
