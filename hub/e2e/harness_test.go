package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/display/feed"
	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
	"vuoro/hub/demo"
	"vuoro/hub/queue"
	"vuoro/hub/server"
	"vuoro/kiosk/flow"
	"vuoro/kiosk/hubclient"
	"vuoro/kiosk/ticket"
	"vuoro/shared/devcred"
	"vuoro/shared/devlink"
	"vuoro/shared/wire"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// startHub starts a demo hub on dir; mqttAddr "" picks a free port.
func startHub(t testing.TB, dir, mqttAddr string) *server.Hub {
	t.Helper()
	if mqttAddr == "" {
		mqttAddr = "127.0.0.1:0"
	}
	h, err := server.Start(server.Options{DataDir: dir, HTTPAddr: "127.0.0.1:0", MQTTAddr: mqttAddr, Demo: true, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// link is a device enrolled in the hub as an admin enrols it, its code
// exchanged at the hub's HTTP endpoint, and connected with its credentials.
func link(t testing.TB, h *server.Hub, device, kind string) *devlink.Link {
	t.Helper()
	var room string
	if kind == "counter-display" {
		room = strings.TrimPrefix(device, "counter-display-")
	}
	_, code, err := h.Devices().Enrol("clerk:paakayttaja", device, queue.DeviceKind(kind), room)
	if errors.Is(err, queue.ErrExists) { // enrolled before a restart: a new board for it
		if _, err = h.Devices().Revoke("clerk:paakayttaja", device); err == nil {
			_, code, err = h.Devices().Enrol("clerk:paakayttaja", device, queue.DeviceKind(kind), room)
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	cred, err := devcred.Enrol(context.Background(), "http://"+h.HTTPAddr(), code)
	if err != nil {
		t.Fatal(err)
	}
	l, err := devlink.Open(devlink.Options{Broker: "tcp://" + h.MQTTAddr(), Site: "lahti", Device: device, Kind: kind, Logger: quiet,
		Username: cred.Username, Password: cred.Password})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l.Close)
	return l
}

// kiosk is the kiosk's view-model wired to the hub and a virtual printer,
// as kiosk/cmd/kiosk wires it.
type kiosk struct {
	model   *flow.Model
	client  *hubclient.Client
	printer *escpostest.Virtual
	catalog chan *wire.Catalog
	help    chan *wire.HelpState // what the hub says of the kiosk's help requests
}

func newKiosk(t testing.TB, h *server.Hub) *kiosk {
	t.Helper()
	return newKioskWith(t, h, nil)
}

// newKioskWith is newKiosk with more options, set by with on the kiosk's
// hub client and flow options.
func newKioskWith(t testing.TB, h *server.Hub, with func(*devlink.Link, *hubclient.Client, *flow.Options)) *kiosk {
	t.Helper()
	l := link(t, h, "kiosk-1", "kiosk")
	c, err := hubclient.New(l, hubclient.Options{Site: "lahti", Device: "kiosk-1", Retry: 500 * time.Millisecond, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	v, err := escpostest.NewVirtual(filepath.Join(t.TempDir(), "tickets"), escpos.Paper80)
	if err != nil {
		t.Fatal(err)
	}
	// Generous timeouts: after a hub restart the devices come back through
	// paho's reconnect backoff, which stretches on a loaded machine.
	o := flow.Options{Issuer: c, Helper: c, Printer: ticket.NewPrinter(v, escpos.Paper80), IssueTimeout: 40 * time.Second}
	if with != nil {
		with(l, c, &o)
	}
	m, err := flow.New(o)
	if err != nil {
		t.Fatal(err)
	}
	k := &kiosk{model: m, client: c, printer: v, catalog: make(chan *wire.Catalog, 4), help: make(chan *wire.HelpState, 16)}
	c.OnCatalog(func(cat *wire.Catalog) { k.catalog <- cat })
	c.OnHelpState(func(h *wire.HelpState) {
		select {
		case k.help <- h:
		default: // a test that does not follow help states
		}
	})
	select {
	case cat := <-k.catalog:
		m.SetCatalog(cat)
	case <-time.After(10 * time.Second):
		t.Fatal("the kiosk got no catalog from the hub")
	}
	return k
}

// waitHubTime waits until the kiosk's idea of the hub's clock, from its
// heartbeats, has reached at least want.
func (k *kiosk) waitHubTime(t testing.TB, want time.Time) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		if now, ok := k.client.HubNow(); ok && !now.Before(want) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the kiosk heard no heartbeat of the hub's clock at %v", want)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// checkIn taps through agency → service and runs the ticket job.
func (k *kiosk) checkIn(t testing.TB, agency, service string) flow.State {
	t.Helper()
	k.model.Cancel() // back to the start screen, as the success screen does after 10 s
	k.model.Start()
	k.model.ChooseAgency(agency)
	job := k.model.ChooseService(service)
	if job == nil {
		t.Fatalf("tapping %s started no ticket job; screen %v", service, k.model.State().Screen)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	k.model.Apply(job.Run(ctx))
	return k.model.State()
}

// displays are a queue display and the counter display of room 6.
type displays struct {
	queue   *feed.Queue
	counter *feed.Counter
	changed chan struct{}
}

func newDisplays(t testing.TB, h *server.Hub) *displays {
	t.Helper()
	loc, _ := time.LoadLocation(board.Zone)
	d := &displays{changed: make(chan struct{}, 1)}
	notify := feed.Options{Logger: quiet, OnChange: func() {
		select {
		case d.changed <- struct{}{}:
		default:
		}
	}}
	d.queue = feed.NewQueue(link(t, h, "queue-display-1", "queue-display"), "lahti", board.NewQueueBoard(loc), notify)
	d.counter = feed.NewCounter(link(t, h, "counter-display-6", "counter-display"), "lahti", "6", board.NewCounter("6"), notify)
	d.queue.Start()
	d.counter.Start()
	return d
}

// waitFor waits until both displays satisfy ok.
func (d *displays) waitFor(t testing.TB, what string, ok func(board.QueueState, board.CounterState) bool) {
	t.Helper()
	deadline := time.After(30 * time.Second)
	for !ok(d.queue.State(), d.counter.State()) {
		select {
		case <-d.changed:
		case <-time.After(50 * time.Millisecond):
		case <-deadline:
			t.Fatalf("displays never showed %s: queue %+v counter %+v", what, d.queue.State(), d.counter.State())
		}
	}
}

// console is a clerk using the console's JSON API.
type console struct {
	base, token string
	mu          sync.Mutex
}

func newConsole(t testing.TB, h *server.Hub, login string) *console {
	t.Helper()
	c := &console{base: "http://" + h.HTTPAddr()}
	var out struct{ Token string }
	if code := c.do(t, "/api/v1/login", map[string]string{"login": login, "password": demo.Password}, &out); code != 200 {
		t.Fatalf("login %s: %d", login, code)
	}
	c.token = out.Token
	return c
}

func (c *console) do(t testing.TB, path string, body, out any) int {
	t.Helper()
	return c.send(t, "POST", path, body, out)
}

// send sends body to path with method and decodes the answer into out.
func (c *console) send(t testing.TB, method, path string, body, out any) int {
	t.Helper()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(method, c.base+path, bytes.NewReader(b))
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if out != nil {
		json.NewDecoder(resp.Body).Decode(out)
	}
	return resp.StatusCode
}

type visit struct {
	ID     uint64 `json:"id"`
	CallID string `json:"call_id"`
	Room   string `json:"room"`
}

func (c *console) call(t testing.TB, service, room string) visit {
	t.Helper()
	var v visit
	if code := c.do(t, "/api/v1/call", map[string]string{"service": service, "room": room}, &v); code != 200 {
		t.Fatalf("call %s to %s: HTTP %d", service, room, code)
	}
	return v
}

func (c *console) end(t testing.TB, id uint64) {
	t.Helper()
	if code := c.do(t, fmt.Sprintf("/api/v1/visits/%d/end", id), nil, nil); code != 200 {
		t.Fatalf("end %d: HTTP %d", id, code)
	}
}
