package server_test

import (
	"errors"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/dynsec/mosqtest"
	"vuoro/hub/queue"
	"vuoro/hub/server"
	"vuoro/shared/wire"
)

// mosqHub starts a demo hub in dir on Mosquitto m, managing its accounts.
func mosqHub(t *testing.T, m *mosqtest.Broker, dir string) *server.Hub {
	t.Helper()
	h, err := server.Start(server.Options{DataDir: dir, HTTPAddr: "127.0.0.1:0", MQTTExternal: m.URL(),
		MQTTUser: m.Admin, MQTTPassword: m.Password, Demo: true, BcryptCost: bcrypt.MinCost,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err, m.Log())
	}
	return h
}

// enrol enrols a device and exchanges its code, as an installer does.
func enrol(t *testing.T, h *server.Hub, id string, kind queue.DeviceKind, room string) server.Credentials {
	t.Helper()
	_, code, err := h.Devices().Enrol("clerk:paakayttaja", id, kind, room)
	if err != nil {
		t.Fatal(err)
	}
	c, err := h.Devices().Exchange(code)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// inbox is what a client received, by topic.
type inbox struct {
	mu  sync.Mutex
	got map[string][]mqtt.Message
}

func (b *inbox) handle(_ mqtt.Client, m mqtt.Message) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.got == nil {
		b.got = map[string][]mqtt.Message{}
	}
	b.got[m.Topic()] = append(b.got[m.Topic()], m)
}

// find returns the messages whose topic or payload contains s.
func (b *inbox) find(s string) []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
	for topic, ms := range b.got {
		for _, m := range ms {
			if strings.Contains(topic, s) || strings.Contains(string(m.Payload()), s) {
				out = append(out, topic)
			}
		}
	}
	return out
}

func (b *inbox) count() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := 0
	for _, ms := range b.got {
		n += len(ms)
	}
	return n
}

// dial connects to m with a client id and credentials (none when user is
// empty) and reports the broker's refusal.
func dial(m *mosqtest.Broker, clientID, user, password string) (mqtt.Client, error) {
	o := mqtt.NewClientOptions().AddBroker(m.URL()).SetClientID(clientID).SetAutoReconnect(false).SetConnectRetry(false)
	if user != "" {
		o.SetUsername(user).SetPassword(password)
	}
	c := mqtt.NewClient(o)
	tok := c.Connect()
	tok.WaitTimeout(5 * time.Second)
	return c, tok.Error()
}

// listen subscribes c to filters, collecting into a new inbox.
func listen(t *testing.T, c mqtt.Client, filters ...string) *inbox {
	t.Helper()
	in := &inbox{}
	for _, f := range filters {
		if tok := c.Subscribe(f, 1, in.handle); !tok.WaitTimeout(5 * time.Second) {
			t.Fatalf("subscribe %s: timed out", f)
		}
	}
	return in
}

func eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(15 * time.Second); !ok(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("not within 15 s: %s", what)
		}
	}
}

const site = "vuoro/v1/lahti/"

// hubTopics are a topic of every kind only the hub publishes, another
// device's topics, another site's, and the broker's control topic.
var hubTopics = []string{site + "catalog", site + "display", site + "call", site + "room/6", site + "queue/kela-asiointi",
	site + "kiosk/kiosk-1/ticket/reply", site + "kiosk/kiosk-1/help/state", site + "kiosk/kiosk-2/ticket",
	site + "kiosk/kiosk-2/help", site + "device/kiosk-2/status", "vuoro/v1/espoo/catalog", "$CONTROL/dynamic-security/v1"}

// TestMosquittoGivesTheEmbeddedBrokersGuarantees runs, on one external
// Mosquitto whose accounts one demo hub manages, what the embedded broker
// guarantees of devices and outsiders.
func TestMosquittoGivesTheEmbeddedBrokersGuarantees(t *testing.T) {
	m := mosqtest.Start(t)
	h := mosqHub(t, m, t.TempDir())
	defer h.Close()
	t.Run("devices do exactly what their kind may", func(t *testing.T) { devicesDoExactlyWhatTheirKindMay(t, m, h) })
	t.Run("the hub's own traffic is in its metrics", func(t *testing.T) { trafficCounted(t, h) })
	t.Run("outsiders are refused", func(t *testing.T) { refusesOutsiders(t, m, h) })
	t.Run("a revoked device is out at once", func(t *testing.T) { revokedDeviceIsOutAtOnce(t, m, h) })
}

// trafficCounted: after the devices' requests and the hub's answers, the
// hub's messages in and out on the external broker are in /metrics, and
// no broker rejects, which only Mosquitto sees.
func trafficCounted(t *testing.T, h *server.Hub) {
	fams := scrape(t, h)
	if in, out := value(t, fams, "vuoro_mqtt_messages_in_total"), value(t, fams, "vuoro_mqtt_messages_out_total"); in == 0 || out == 0 {
		t.Fatalf("the hub's traffic: %v in, %v out", in, out)
	}
	if _, ok := fams["vuoro_mqtt_rejects_total"]; ok {
		t.Fatal("broker rejects reported for an external broker the hub cannot see refuse anything")
	}
}

// devicesDoExactlyWhatTheirKindMay: on an external Mosquitto
// whose accounts the hub manages, each enrolled device reads what its kind
// needs and gets its ticket; a forgery on any topic that is not the
// device's own reaches nobody; a retained message of a device is cleared
// before anyone gets it as state; a subscription to everything gets
// nothing.
func devicesDoExactlyWhatTheirKindMay(t *testing.T, m *mosqtest.Broker, h *server.Hub) {
	kc, qc, cc := enrol(t, h, "kiosk-1", queue.DeviceKiosk, ""), enrol(t, h, "qd-1", queue.DeviceQueueDisplay, ""),
		enrol(t, h, "cd-6", queue.DeviceCounterDisplay, "6")
	kiosk, err := dial(m, "lahti-kiosk-1", kc.Username, kc.Password)
	if err != nil {
		t.Fatalf("the enrolled kiosk cannot connect: %v", err)
	}
	defer kiosk.Disconnect(0)
	qd, err := dial(m, "lahti-qd-1", qc.Username, qc.Password)
	if err != nil {
		t.Fatalf("the enrolled queue display cannot connect: %v", err)
	}
	defer qd.Disconnect(0)
	cd, err := dial(m, "lahti-cd-6", cc.Username, cc.Password)
	if err != nil {
		t.Fatalf("the enrolled counter display cannot connect: %v", err)
	}
	defer cd.Disconnect(0)
	watcher, err := dial(m, "test-watcher", m.Admin, m.Password) // sees all that the broker lets through
	if err != nil {
		t.Fatal(err)
	}
	defer watcher.Disconnect(0)
	all := listen(t, watcher, "#")

	kin := listen(t, kiosk, site+"catalog", site+"queue/+", site+"kiosk/kiosk-1/ticket/reply")
	qin := listen(t, qd, site+"display", site+"call", site+"catalog")
	cin := listen(t, cd, site+"room/6")
	eventually(t, "each device gets its kind's retained state", func() bool {
		return len(kin.find(site+"catalog")) > 0 && len(kin.find(site+"queue/")) > 0 &&
			len(qin.find(site+"display")) > 0 && len(cin.find(site+"room/6")) > 0
	})
	nosy := listen(t, cd, "#", site+"#", site+"room/+", site+"room/7", site+"catalog", site+"kiosk/kiosk-1/ticket/reply")

	req, _ := wire.Encode(&wire.TicketRequest{Header: wire.NewHeader(time.Now()), Device: "kiosk-1", Service: "kela-asiointi", Lang: "fi", Persons: 1})
	kiosk.Publish(site+"kiosk/kiosk-1/ticket", 1, false, req).Wait()
	eventually(t, "the kiosk's ticket", func() bool { return len(kin.find(`"call_id":"K1"`)) > 0 })

	for _, c := range []mqtt.Client{kiosk, qd, cd} {
		for _, topic := range hubTopics {
			c.Publish(topic, 1, false, `{"v":1,"id":"forged","commands":[{"command":"createClient","username":"forged","password":"forged"}]}`).Wait()
		}
	}
	kiosk.Publish(site+"device/kiosk-1/status", 1, true, "forged-retained").Wait()
	qd.Publish(site+"device/qd-1/status", 1, false, "marker").Wait()
	eventually(t, "the queue display's own status reaches the hub", func() bool { return len(all.find("marker")) > 0 })
	if got := all.find("forged"); len(got) > 0 && !(len(got) == 1 && got[0] == site+"device/kiosk-1/status") {
		t.Fatalf("forgeries got through on %v", got)
	}
	if n := nosy.count(); len(cin.find("forged")) > 0 || n > 0 {
		t.Fatalf("the counter display's subscriptions beyond its room got %d messages", n)
	}
	if _, err := dial(m, "lahti-forged", "forged", "forged"); err == nil {
		t.Fatal("a device created an account through the control topic")
	}
	eventually(t, "the kiosk's retained message cleared (the hub sweeps every 10 s)", func() bool {
		late, err := dial(m, "test-late", m.Admin, m.Password)
		if err != nil {
			t.Fatal(err)
		}
		defer late.Disconnect(0)
		in := listen(t, late, site+"device/#")
		time.Sleep(200 * time.Millisecond)
		return len(in.find("forged")) == 0
	})
}

// refusesOutsiders: anonymous clients, unknown users, wrong
// passwords, a device's credentials under another client id, and a
// pending device are refused; and a refused client cannot push the
// kiosk off its client id.
func refusesOutsiders(t *testing.T, m *mosqtest.Broker, h *server.Hub) {
	kc := enrol(t, h, "kiosk-3", queue.DeviceKiosk, "")
	qc := enrol(t, h, "qd-3", queue.DeviceQueueDisplay, "")
	if _, _, err := h.Devices().Enrol("clerk:paakayttaja", "kiosk-4", queue.DeviceKiosk, ""); err != nil {
		t.Fatal(err)
	}
	kiosk, err := dial(m, "lahti-kiosk-3", kc.Username, kc.Password)
	if err != nil {
		t.Fatal(err)
	}
	defer kiosk.Disconnect(0)
	for _, c := range []struct{ what, id, user, password string }{
		{"anonymous", "lahti-kiosk-3", "", ""},
		{"an unknown user", "lahti-kiosk-9", "kiosk-9", kc.Password},
		{"a wrong password", "lahti-kiosk-3", "kiosk-3", "AAAAAAAA-AAAAAAAA-AAAAAAAA-AAAAAAAA"},
		{"the kiosk's credentials under the display's id", "lahti-qd-3", "kiosk-3", kc.Password},
		{"the display's credentials under the kiosk's id", "lahti-kiosk-3", "qd-3", qc.Password},
		{"a device waiting for its code", "lahti-kiosk-4", "kiosk-4", ""},
		{"the hub's client id without its password", "vuoro-hub-lahti", "vuoro.hub.lahti", kc.Password},
	} {
		if cl, err := dial(m, c.id, c.user, c.password); err == nil {
			cl.Disconnect(0)
			t.Errorf("%s connected", c.what)
		}
	}
	time.Sleep(200 * time.Millisecond)
	if !kiosk.IsConnectionOpen() {
		t.Fatal("a refused client pushed the kiosk off its client id")
	}
}

// revokedDeviceIsOutAtOnce: revoking a device disconnects it
// before the admin is answered, and it cannot connect again.
func revokedDeviceIsOutAtOnce(t *testing.T, m *mosqtest.Broker, h *server.Hub) {
	kc := enrol(t, h, "kiosk-5", queue.DeviceKiosk, "")
	kiosk, err := dial(m, "lahti-kiosk-5", kc.Username, kc.Password)
	if err != nil {
		t.Fatal(err)
	}
	defer kiosk.Disconnect(0)
	if _, err := h.Devices().Revoke("clerk:paakayttaja", "kiosk-5"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond) // the broker's TCP close, not the hub, is what this waits for
	if kiosk.IsConnectionOpen() {
		t.Fatal("the revoked kiosk is still connected after its revocation was answered")
	}
	if _, err := dial(m, "lahti-kiosk-5", kc.Username, kc.Password); err == nil {
		t.Fatal("the revoked kiosk connected again")
	}
}

// TestMosquittoLosingItsAccountsAndTheHubRestarting: when Mosquitto comes
// back with a fresh dynamic-security file (only its admin), the hub
// recreates its own and every device's account and republishes its
// retained state; a restarted hub derives the same passwords.
func TestMosquittoLosingItsAccountsAndTheHubRestarting(t *testing.T) {
	m := mosqtest.Start(t)
	dir := t.TempDir()
	h := mosqHub(t, m, dir)
	kc := enrol(t, h, "kiosk-1", queue.DeviceKiosk, "")
	m.Restart(t, true)
	catalog := func() bool {
		kiosk, err := dial(m, "lahti-kiosk-1", kc.Username, kc.Password)
		if err != nil {
			return false
		}
		defer kiosk.Disconnect(0)
		in := listen(t, kiosk, site+"catalog")
		time.Sleep(200 * time.Millisecond)
		return len(in.find(site+"catalog")) > 0
	}
	eventually(t, "the kiosk connects and reads the catalog after Mosquitto lost its accounts", catalog)
	h.Close()
	m.Restart(t, true)
	h = mosqHub(t, m, dir)
	defer h.Close()
	eventually(t, "the kiosk connects to a restarted hub's Mosquitto", catalog)
}

// TestMosquittoWithoutItsAdminStopsTheHub: a hub told to manage
// Mosquitto's accounts without the admin account to do it with does not
// start (it would otherwise run on a broker nobody secured).
func TestMosquittoWithoutItsAdminStopsTheHub(t *testing.T) {
	_, err := server.Start(server.Options{DataDir: t.TempDir(), HTTPAddr: "127.0.0.1:0", MQTTExternal: "tcp://127.0.0.1:1", Init: true})
	if !errors.Is(err, server.ErrMQTTAdmin) {
		t.Fatalf("started with %v, want ErrMQTTAdmin", err)
	}
}
