package broker_test

import (
	"log/slog"
	"testing"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"

	"vuoro/hub/broker"
	"vuoro/hub/broker/brokertest"
)

const site = "lahti"

var kiosk = broker.Identity{Device: "kiosk-1", Kind: broker.KindKiosk}

// started is a broker on a free loopback port that knows kiosk-1 and
// kiosk-2, and what the hub's own client received.
func started(t *testing.T) (*broker.Broker, *brokertest.Devices, chan string) {
	t.Helper()
	devs := &brokertest.Devices{}
	devs.Add(kiosk, "secret-1")
	devs.Add(broker.Identity{Device: "kiosk-2", Kind: broker.KindKiosk}, "secret-2")
	b, err := broker.Start(broker.Options{Addr: "127.0.0.1:0", Site: site, Auth: devs, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	got := make(chan string, 100)
	if err := b.Subscribe("vuoro/#", func(topic string, _ []byte) { got <- topic }); err != nil {
		t.Fatal(err)
	}
	return b, devs, got
}

// connect connects a paho client; it fails the test only on a timeout.
func connect(t *testing.T, b *broker.Broker, clientID, user, password string) (paho.Client, error) {
	t.Helper()
	lost := make(chan struct{}, 1)
	o := paho.NewClientOptions().AddBroker("tcp://" + b.Addr()).SetClientID(clientID).
		SetUsername(user).SetPassword(password).SetAutoReconnect(false).SetProtocolVersion(4).
		SetConnectionLostHandler(func(paho.Client, error) { lost <- struct{}{} })
	c := paho.NewClient(o)
	tok := c.Connect()
	if !tok.WaitTimeout(5 * time.Second) {
		t.Fatal("connect timed out")
	}
	if tok.Error() != nil {
		return nil, tok.Error()
	}
	t.Cleanup(func() { c.Disconnect(50) })
	return c, nil
}

func TestOnlyEnrolledDevicesConnectAsThemselves(t *testing.T) {
	b, _, _ := started(t)
	for _, c := range []struct{ name, id, user, password string }{
		{"anonymous", "lahti-kiosk-1", "", ""},
		{"unenrolled", "lahti-kiosk-9", "kiosk-9", "secret-9"},
		{"wrong password", "lahti-kiosk-1", "kiosk-1", "secret-2"},
		{"another device's client id", "lahti-kiosk-2", "kiosk-1", "secret-1"},
		{"the hub's name", "inline", "kiosk-1", "secret-1"},
	} {
		if _, err := connect(t, b, c.id, c.user, c.password); err == nil {
			t.Errorf("%s: connected", c.name)
		}
	}
	if _, err := connect(t, b, "lahti-kiosk-1", "kiosk-1", "secret-1"); err != nil {
		t.Fatalf("an enrolled kiosk: %v", err)
	}
}

func TestAKioskCannotReadOrWriteWhatIsNotItsOwn(t *testing.T) {
	b, _, got := started(t)
	c, err := connect(t, b, "lahti-kiosk-1", "kiosk-1", "secret-1")
	if err != nil {
		t.Fatal(err)
	}
	tok := c.Subscribe("#", 1, nil)
	tok.Wait()
	if r := tok.(*paho.SubscribeToken).Result()["#"]; r != 0x80 {
		t.Errorf("subscribe to #: granted %#x, want refused (0x80)", r)
	}
	own := "vuoro/v1/lahti/kiosk/kiosk-1/ticket"
	if tok := c.Publish(own, 1, false, "{}"); !tok.WaitTimeout(2*time.Second) || tok.Error() != nil {
		t.Fatalf("its own ticket request: %v", tok.Error())
	}
	if topic := <-got; topic != own {
		t.Fatalf("the hub got %s, want %s", topic, own)
	}
	for _, forged := range []struct {
		topic  string
		retain bool
	}{
		{"vuoro/v1/lahti/display", false},
		{"vuoro/v1/lahti/kiosk/kiosk-1/ticket/reply", false},
		{"vuoro/v1/lahti/catalog", false},
		{"vuoro/v1/lahti/kiosk/kiosk-2/ticket", false},
		{"vuoro/v1/lahti/kiosk/kiosk-1/ticket", true}, // its own topic, but retained
	} {
		c, err := connect(t, b, "lahti-kiosk-1", "kiosk-1", "secret-1")
		if err != nil {
			t.Fatal(err)
		}
		c.Publish(forged.topic, 1, forged.retain, "{}").WaitTimeout(time.Second)
		select {
		case topic := <-got:
			t.Errorf("the hub got %s (retain %v) from a kiosk", topic, forged.retain)
		case <-time.After(200 * time.Millisecond):
		}
		if !waitDisconnected(c) {
			t.Errorf("a kiosk publishing %s (retain %v) stays connected", forged.topic, forged.retain)
		}
	}
}

func waitDisconnected(c paho.Client) bool {
	for range 50 {
		if !c.IsConnectionOpen() {
			return true
		}
		time.Sleep(20 * time.Millisecond)
	}
	return false
}

func TestARevokedDeviceIsDisconnectedAndStaysOut(t *testing.T) {
	b, devs, _ := started(t)
	c, err := connect(t, b, "lahti-kiosk-1", "kiosk-1", "secret-1")
	if err != nil {
		t.Fatal(err)
	}
	if _, online := b.LastSeen("kiosk-1"); !online {
		t.Fatal("a connected kiosk is not online")
	}
	devs.Remove("kiosk-1")
	b.Disconnect("kiosk-1")
	if !waitDisconnected(c) {
		t.Fatal("a revoked kiosk stays connected")
	}
	if _, err := connect(t, b, "lahti-kiosk-1", "kiosk-1", "secret-1"); err == nil {
		t.Fatal("a revoked kiosk connected again")
	}
	if seen, online := b.LastSeen("kiosk-1"); online || seen.IsZero() {
		t.Fatalf("after revocation: seen %v, online %v", seen, online)
	}
}

func TestADeviceOverItsRateIsDisconnected(t *testing.T) {
	devs := &brokertest.Devices{}
	devs.Add(kiosk, "secret-1")
	b, err := broker.Start(broker.Options{Addr: "127.0.0.1:0", Site: site, Auth: devs, Rate: 1, Burst: 3, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	c, err := connect(t, b, "lahti-kiosk-1", "kiosk-1", "secret-1")
	if err != nil {
		t.Fatal(err)
	}
	for range 10 {
		c.Publish("vuoro/v1/lahti/kiosk/kiosk-1/ticket", 0, false, "{}")
	}
	if !waitDisconnected(c) {
		t.Fatal("10 publishes at once against a burst of 3 left the kiosk connected")
	}
}

var quiet = slog.New(slog.DiscardHandler)
