package devsync_test

import (
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/broker"
	"vuoro/hub/broker/brokertest"
	"vuoro/hub/demo"
	"vuoro/hub/devsync"
	"vuoro/hub/queue"
	"vuoro/hub/store"
	"vuoro/shared/wire"
)

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

// hub runs the engine, the embedded broker and the bridge on a demo site.
func hub(t *testing.T) (*queue.Engine, *devsync.Sync, string) {
	t.Helper()
	return hubAt(t, realClock{})
}

// hubAt is hub with the engine and the bridge on clock.
func hubAt(t *testing.T, clock queue.Clock) (*queue.Engine, *devsync.Sync, string) {
	t.Helper()
	return hubOn(t, clock, func(st *store.Store) queue.Log { return st })
}

// hubOn is hubAt with the engine writing its events through the log that
// wrap makes of the data file.
func hubOn(t *testing.T, clock queue.Clock, wrap func(*store.Store) queue.Log) (*queue.Engine, *devsync.Sync, string) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "hub.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	eng, err := queue.Open(wrap(st), clock)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demo.SeedCost(eng, st, "lahti", bcrypt.MinCost); err != nil {
		t.Fatal(err)
	}
	b, err := broker.Start(broker.Options{Addr: "127.0.0.1:0", Site: "lahti", Auth: testDevices, Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	s := devsync.New(b, eng, devsync.Options{Site: "lahti", Now: clock.Now, Log: st.Identity(), CheckinKey: checkinKey})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	waitRunning(t, "tcp://"+b.Addr())
	return eng, s, "tcp://" + b.Addr()
}

// testDevices are the devices the tests' broker knows: kiosk k1, and a
// queue display the tests watch the displays' topics through.
var testDevices = func() *brokertest.Devices {
	d := &brokertest.Devices{}
	d.Add(broker.Identity{Device: "k1", Kind: broker.KindKiosk}, "k1-secret")
	d.Add(broker.Identity{Device: "k2", Kind: broker.KindKiosk}, "k2-secret")
	d.Add(broker.Identity{Device: "qd", Kind: broker.KindQueueDisplay}, "qd-secret")
	d.Add(broker.Identity{Device: "cd-6", Kind: broker.KindCounterDisplay, Room: "6"}, "cd-6-secret")
	return d
}()

// watchers are the devices that may subscribe to each kind of topic the
// tests watch.
var watchers = map[wire.Kind]string{wire.KindDisplay: "qd", wire.KindRoom: "cd-6", wire.KindQueue: "k2", wire.KindHeartbeat: "cd-6", wire.KindCatalog: "k2"}

// subscribeAs subscribes to t as the test device that may, connected
// for the test.
func subscribeAs(tb *testing.T, url string, t wire.Topic, h mqtt.MessageHandler) {
	tb.Helper()
	id := watchers[t.Kind]
	c := mqtt.NewClient(mqtt.NewClientOptions().AddBroker(url).SetClientID("lahti-" + id).SetUsername(id).SetPassword(id + "-secret").SetAutoReconnect(false))
	if tok := c.Connect(); !tok.WaitTimeout(5*time.Second) || tok.Error() != nil {
		tb.Fatalf("connect %s: %v", id, tok.Error())
	}
	tb.Cleanup(func() { c.Disconnect(0) })
	c.Subscribe(t.String(), 1, h).Wait()
}

var quietLog = slog.New(slog.DiscardHandler)

// device is a plain paho client standing in for a kiosk.
func device(t *testing.T, url string) (mqtt.Client, chan []byte) {
	t.Helper()
	c := mqtt.NewClient(mqtt.NewClientOptions().AddBroker(url).SetClientID("lahti-k1").SetUsername("k1").SetPassword("k1-secret"))
	if tok := c.Connect(); !tok.WaitTimeout(5*time.Second) || tok.Error() != nil {
		t.Fatalf("connect: %v", tok.Error())
	}
	t.Cleanup(func() { c.Disconnect(100) })
	replies := make(chan []byte, 10)
	tok := c.Subscribe(wire.Topic{Kind: wire.KindTicketReply, Site: "lahti", ID: "k1"}.String(), 1,
		func(_ mqtt.Client, m mqtt.Message) { replies <- m.Payload() })
	tok.Wait()
	return c, replies
}

func send(t *testing.T, c mqtt.Client, payload string) {
	t.Helper()
	tok := c.Publish(wire.Topic{Kind: wire.KindTicket, Site: "lahti", ID: "k1"}.String(), 1, false, payload)
	tok.Wait()
}

func reply(t *testing.T, replies chan []byte) *wire.TicketReply {
	t.Helper()
	select {
	case b := <-replies:
		r, err := wire.Decode[wire.TicketReply](b)
		if err != nil {
			t.Fatal(err)
		}
		return r
	case <-time.After(5 * time.Second):
		t.Fatal("no reply from the hub")
		return nil
	}
}

const request = `{"v":1,"id":"req-1","sent":"2026-11-23T08:00:00Z","device":"k1","service":"vero-veroasiat","lang":"fi","persons":1}`

func TestBadPayloadsAreCountedAndGoodOnesServed(t *testing.T) {
	eng, s, url := hub(t)
	c, replies := device(t, url)
	for _, bad := range []string{
		`not json`,
		`{"v":9,"id":"x","device":"k1","service":"vero-veroasiat","lang":"fi","persons":1}`,
		`{"v":1,"id":"x","device":"k1","service":"vero-veroasiat","lang":"fi","persons":0}`,
		`{"v":1,"id":"x","device":"k2","service":"vero-veroasiat","lang":"fi","persons":1}`, // another device's name
	} {
		send(t, c, bad)
	}
	send(t, c, request)
	r := reply(t, replies)
	if r.Ticket == nil || r.Ticket.CallID != "R1" || r.RequestID != "req-1" {
		t.Fatalf("reply = %+v", r)
	}
	want := map[string]int64{devsync.RejectMalformed: 1, devsync.RejectVersion: 1, devsync.RejectInvalid: 1,
		devsync.RejectDeviceMismatch: 1}
	for reason, n := range s.Rejects() {
		if n != want[reason] {
			t.Errorf("rejected as %s: %d, want %d", reason, n, want[reason])
		}
	}
	eng.Read(func(st *queue.State) {
		if n := len(st.Waiting("vero-veroasiat")); n != 1 {
			t.Fatalf("%d tickets in the queue, want 1", n)
		}
	})
}

func TestRetriedRequestGetsTheSameTicket(t *testing.T) {
	eng, _, url := hub(t)
	c, replies := device(t, url)
	send(t, c, request)
	send(t, c, request)
	a, b := reply(t, replies), reply(t, replies)
	if a.Ticket.CallID != "R1" || b.Ticket.CallID != "R1" {
		t.Fatalf("replies %v and %v; a retry must not issue a second ticket", a.Ticket, b.Ticket)
	}
	eng.Read(func(st *queue.State) {
		if n := len(st.Waiting("vero-veroasiat")); n != 1 {
			t.Fatalf("%d tickets in the queue, want 1", n)
		}
	})
}

func TestUnknownServiceIsRefused(t *testing.T) {
	_, _, url := hub(t)
	c, replies := device(t, url)
	send(t, c, `{"v":1,"id":"r2","sent":"2026-11-23T08:00:00Z","device":"k1","service":"nope","lang":"fi","persons":1}`)
	if r := reply(t, replies); r.Error == nil || r.Error.Code != wire.ErrCodeUnknownService {
		t.Fatalf("reply = %+v, want unknown_service", r)
	}
}

func TestCallReachesDisplayAndRoomTopics(t *testing.T) {
	eng, _, url := hub(t)
	got := watchDisplays(t, url)
	eng.Issue("kiosk:k1", queue.IssueRequest{Service: "vero-veroasiat", Device: "k1"})
	if _, err := eng.CallNext("vero", []string{"vero-veroasiat"}, "6"); err != nil {
		t.Fatal(err)
	}
	// Retained messages from before the call may still arrive: wait for
	// the state the call makes rather than taking the first message.
	deadline := time.After(5 * time.Second)
	var displayOK, roomOK bool
	for !displayOK || !roomOK {
		select {
		case m := <-got:
			topic, payload, _ := strings.Cut(m, " ")
			if topic == "vuoro/v1/lahti/display" {
				d, err := wire.Decode[wire.DisplaySnapshot]([]byte(payload))
				displayOK = err == nil && len(d.Calls) == 1 && d.Calls[0].CallID == "R1" && d.Calls[0].Room == "6"
			} else {
				r, err := wire.Decode[wire.RoomState]([]byte(payload))
				roomOK = err == nil && r.CallID == "R1"
			}
		case <-deadline:
			t.Fatalf("call not published: display %v room %v", displayOK, roomOK)
		}
	}
}
