package broker_test

import (
	"io"
	"net"
	"testing"
	"time"

	"vuoro/hub/broker"
)

// waitStat waits until the broker's counts satisfy ok; some are counted
// only once the broker's goroutine for a connection has ended.
func waitStat(t *testing.T, b *broker.Broker, what string, ok func(broker.Stats) bool) {
	t.Helper()
	for range 250 {
		if ok(b.Stats()) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("%s: not counted; counts %+v", what, b.Stats())
}

// rejected waits until reason has been counted n times.
func rejected(t *testing.T, b *broker.Broker, reason broker.Reason, n uint64) {
	t.Helper()
	waitStat(t, b, string(reason), func(s broker.Stats) bool { return s.Rejects[reason] == n })
}

// Each refusal of a CONNECT is counted by its reason, and nothing else is.
func TestRefusedConnectsAreCountedByReason(t *testing.T) {
	b, devs, _ := started(t)
	devs.Revoke("kiosk-2")
	for _, c := range []struct {
		why                broker.Reason
		id, user, password string
	}{
		{broker.RejectNoCredentials, "lahti-kiosk-1", "", ""},
		{broker.RejectUnknownDevice, "lahti-kiosk-9", "kiosk-9", "secret-9"},
		{broker.RejectBadPassword, "lahti-kiosk-1", "kiosk-1", "secret-2"},
		{broker.RejectRevoked, "lahti-kiosk-2", "kiosk-2", "secret-2"},
		{broker.RejectClientID, "lahti-kiosk-2", "kiosk-1", "secret-1"},
	} {
		if _, err := connect(t, b, c.id, c.user, c.password); err == nil {
			t.Fatalf("%s: connected", c.why)
		}
		rejected(t, b, c.why, 1)
	}
	var all uint64
	for _, n := range b.Stats().Rejects {
		all += n
	}
	if all != 5 {
		t.Fatalf("5 refused CONNECTs counted %d times: %v", all, b.Stats().Rejects)
	}
}

// A device doing what it may not is counted by what it did; what it may
// do is counted as messages in and out.
func TestForbiddenPacketsAreCountedByReason(t *testing.T) {
	b, _, _ := started(t)
	c, err := connect(t, b, "lahti-kiosk-1", "kiosk-1", "secret-1")
	if err != nil {
		t.Fatal(err)
	}
	reply := "vuoro/v1/lahti/kiosk/kiosk-1/ticket/reply"
	c.Subscribe(reply, 1, nil).Wait()
	c.Subscribe("#", 1, nil).Wait()
	rejected(t, b, broker.RejectACLSubscribe, 1)
	c.Publish("vuoro/v1/lahti/kiosk/kiosk-1/ticket", 1, false, "{}").Wait()
	waitStat(t, b, "a kiosk's own request", func(s broker.Stats) bool { return s.In == 1 })
	if err := b.Publish(reply, []byte("{}"), false); err != nil {
		t.Fatal(err)
	}
	waitStat(t, b, "a reply to the kiosk", func(s broker.Stats) bool { return s.Out == 1 })
	for _, f := range []struct {
		why    broker.Reason
		topic  string
		retain bool
	}{
		{broker.RejectACLPublish, "vuoro/v1/lahti/catalog", false},
		{broker.RejectRetained, "vuoro/v1/lahti/kiosk/kiosk-1/ticket", true},
	} {
		c, err := connect(t, b, "lahti-kiosk-1", "kiosk-1", "secret-1")
		if err != nil {
			t.Fatal(err)
		}
		c.Publish(f.topic, 1, f.retain, "{}").WaitTimeout(time.Second)
		rejected(t, b, f.why, 1)
	}
	c, err = connect(t, b, "lahti-kiosk-1", "kiosk-1", "secret-1")
	if err != nil {
		t.Fatal(err)
	}
	for range 40 {
		c.Publish("vuoro/v1/lahti/kiosk/kiosk-1/ticket", 0, false, "{}")
	}
	rejected(t, b, broker.RejectRate, 1)
	if s := b.Stats(); s.In < 2 || s.In > 21 {
		t.Fatalf("in %d: the burst of 20 and the first request, or some of them", s.In)
	}
}

// What the hooks never see is counted too: a packet too large, a
// connection that never sends its CONNECT, one past the cap.
func TestRefusedConnectionsAreCountedByReason(t *testing.T) {
	b, err := broker.Start(broker.Options{Addr: "127.0.0.1:0", Site: site, MaxConnections: 2,
		ConnectTimeout: 200 * time.Millisecond, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	closed := func(c net.Conn) {
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		if _, err := io.ReadAll(c); err != nil {
			t.Fatalf("the broker kept the connection open: %v", err)
		}
		c.Close()
	}
	huge := dial(t, b)
	huge.Write([]byte{0x10, 0xff, 0xff, 0xff, 0x7f}) // CONNECT, 256 MB
	closed(huge)
	rejected(t, b, broker.RejectTooLarge, 1)
	silent := dial(t, b)
	closed(silent)
	rejected(t, b, broker.RejectConnectTimeout, 1)
	a, c := dial(t, b), dial(t, b)
	defer a.Close()
	defer c.Close()
	closed(dial(t, b))
	rejected(t, b, broker.RejectConnections, 1)
}

func dial(t *testing.T, b *broker.Broker) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", b.Addr())
	if err != nil {
		t.Fatal(err)
	}
	return c
}
