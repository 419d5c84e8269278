package faults

import (
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"vuoro/shared/wire"
)

// stranger is an MQTT client that is not (or no longer) a device of the
// hub, or a device stepping outside what it may do.
type stranger struct {
	client mqtt.Client
	got    atomic.Int64 // messages it received
}

// dial connects as clientID with user and password; it reports the
// broker's refusal.
func dial(broker, clientID, username, password string) (*stranger, error) {
	s := &stranger{}
	o := mqtt.NewClientOptions().AddBroker(broker).SetClientID(clientID).SetUsername(username).SetPassword(password).
		SetAutoReconnect(false).SetConnectTimeout(5 * time.Second).
		SetDefaultPublishHandler(func(mqtt.Client, mqtt.Message) { s.got.Add(1) })
	s.client = mqtt.NewClient(o)
	tok := s.client.Connect()
	if !tok.WaitTimeout(10 * time.Second) {
		return nil, fmt.Errorf("connect timed out")
	}
	return s, tok.Error()
}

// forged is one publish of every kind of topic, each a well-formed
// message that would mislead a device if anyone believed it.
func forged(site string) map[string]wire.Message {
	now := time.Now()
	h := wire.NewHeader(now)
	call := wire.CallEntry{Seq: 1 << 40, CallID: "X666", Room: "6", At: now}
	return map[string]wire.Message{
		wire.Topic{Kind: wire.KindDisplay, Site: site}.String():                       &wire.DisplaySnapshot{Header: h, Seq: 1 << 40, Calls: []wire.CallEntry{call}},
		wire.Topic{Kind: wire.KindCall, Site: site}.String():                          &wire.Call{Header: h, CallEntry: call},
		wire.Topic{Kind: wire.KindRoom, Site: site, ID: "6"}.String():                 &wire.RoomState{Header: h, Room: "6", Seq: 1 << 40, CallID: "X666"},
		wire.Topic{Kind: wire.KindCatalog, Site: site}.String():                       &wire.Catalog{Header: h, Site: wire.Site{ID: site, Name: "Pay 50 € to FI00 0000"}},
		wire.Topic{Kind: wire.KindTicket, Site: site, ID: "kiosk-02"}.String():        &wire.TicketRequest{Header: h, Device: "kiosk-02", Service: "vero-veroasiat", Lang: "fi", Persons: 1},
		wire.Topic{Kind: wire.KindTicketReply, Site: site, ID: "kiosk-02"}.String():   &wire.TicketReply{Header: h, RequestID: "x", Ticket: &wire.Ticket{CallID: "Z999", Ahead: 42}},
		wire.Topic{Kind: wire.KindHelp, Site: site, ID: "kiosk-02"}.String():          &wire.HelpRequest{Header: h, Device: "kiosk-02", Lang: "fi"},
		wire.Topic{Kind: wire.KindDevice, Site: site, ID: "queue-display-1"}.String(): &wire.DeviceStatus{Header: h, Device: "queue-display-1", Kind: "queue-display"},
		wire.Topic{Kind: wire.KindQueue, Site: site, ID: "vero-veroasiat"}.String():   &wire.QueueStatus{Header: h, Service: "vero-veroasiat", Waiting: 999},
		wire.Topic{Kind: wire.KindHelpState, Site: site, ID: "kiosk-02"}.String():     &wire.HelpState{Header: h, Device: "kiosk-02", Help: 1, State: wire.HelpTaken},
	}
}

// attempt subscribes to everything and publishes every forged message,
// retained and not; what the broker does with the client is the test's to
// judge afterwards.
func (s *stranger) attempt(site string) {
	s.client.Subscribe("#", 1, nil).WaitTimeout(5 * time.Second)
	s.client.Subscribe("$SYS/#", 1, nil).WaitTimeout(5 * time.Second)
	for topic, m := range forged(site) {
		b, err := wire.Encode(m)
		if err != nil {
			continue
		}
		for _, retain := range []bool{true, false} {
			s.client.Publish(topic, 1, retain, b).WaitTimeout(2 * time.Second)
		}
	}
}

// TestStrangersChangeNothing: an anonymous client, a wrong password, a
// client id taken over, a revoked kiosk and an enrolled kiosk overstepping
// its rights try to read and write everything. The hub's queues, its
// displays and a kiosk started afterwards see none of it.
func TestStrangersChangeNothing(t *testing.T) {
	sz := sizing()
	sz.kiosks = 2
	s := newSite(t, sz, nil)
	broker := "tcp://" + s.hub.mqttAddr
	gone := s.admin.enrol(t, "kiosk-gone", "kiosk", "")
	if err := s.admin.do("POST", "/api/v1/devices/kiosk-gone/revoke", nil, nil); err != nil {
		t.Fatal(err)
	}
	k1 := s.admin.enrol(t, "kiosk-99", "kiosk", "")

	refused := []struct{ name, id, user, pass string }{
		{"anonymous", "lahti-kiosk-01", "", ""},
		{"a wrong password", "lahti-kiosk-01", "kiosk-01", "guess"},
		{"a revoked kiosk", "lahti-kiosk-gone", gone.Username, gone.Password},
		{"another device's client id", "lahti-queue-display-1", k1.Username, k1.Password},
	}
	for _, r := range refused {
		c, err := dial(broker, r.id, r.user, r.pass)
		if err == nil {
			c.attempt("lahti")
			time.Sleep(500 * time.Millisecond)
			t.Errorf("%s was let in (and received %d messages)", r.name, c.got.Load())
			c.client.Disconnect(0)
		}
	}

	// An enrolled kiosk stepping outside its rights.
	c, err := dial(broker, "lahti-kiosk-99", k1.Username, k1.Password)
	if err != nil {
		t.Fatalf("an enrolled kiosk was refused: %v", err)
	}
	c.attempt("lahti")
	time.Sleep(time.Second)
	if n := c.got.Load(); n > 0 {
		t.Errorf("a kiosk subscribed to # and $SYS/# and received %d messages", n)
	}
	c.client.Disconnect(0)

	// Nothing of it reached the hub or the devices.
	for _, q := range s.advisor.queues(t) {
		for _, v := range q.Waiting {
			t.Errorf("%s waits in %s, issued for %s by nobody's citizen", v.CallID, q.Service, v.Device)
		}
	}
	if latest := s.screen.feed.State().Latest; latest.CallID != "" {
		t.Errorf("the queue display shows %+v", latest)
	}
	late := newFleet(t, s.hub, s.admin, 1, "kiosk-late")
	select {
	case cat := <-late.kiosks[0].catalog:
		if cat.Site.Name != "Lahden virastotalo" {
			t.Errorf("a kiosk started afterwards got the catalog of %q", cat.Site.Name)
		}
	case <-time.After(10 * time.Second):
		t.Error("a kiosk started afterwards got no catalog")
	}
}
