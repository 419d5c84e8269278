package hubclient_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	mqtt "github.com/mochi-mqtt/server/v2"
	"github.com/mochi-mqtt/server/v2/hooks/auth"
	"github.com/mochi-mqtt/server/v2/listeners"
	"github.com/mochi-mqtt/server/v2/packets"

	"vuoro/kiosk/hubclient"
	"vuoro/shared/devlink"
	"vuoro/shared/wire"
)

// startBroker runs an MQTT broker on a free loopback port until the test
// ends and returns it with its URL.
func startBroker(t *testing.T) (*mqtt.Server, string) {
	t.Helper()
	s := mqtt.New(&mqtt.Options{InlineClient: true, Logger: quiet})
	if err := s.AddHook(new(auth.AllowHook), nil); err != nil {
		t.Fatal(err)
	}
	tcp := listeners.NewTCP(listeners.Config{ID: "test", Address: "127.0.0.1:0"})
	if err := s.AddListener(tcp); err != nil {
		t.Fatal(err)
	}
	if err := s.Serve(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s, "tcp://" + tcp.Address()
}

// hub answers ticket requests like the real hub: once per request id, the
// same ticket to a repeated id. It ignores the first drop requests it sees.
type hub struct {
	mu       sync.Mutex
	drop     int
	seen     map[string]int // sends per request id
	issued   map[string]*wire.Ticket
	requests chan *wire.TicketRequest
}

// serveHub subscribes a hub to s's ticket requests and answers them from a
// goroutine that ends with the test.
func serveHub(t *testing.T, s *mqtt.Server, drop int) *hub {
	h := &hub{drop: drop, seen: map[string]int{}, issued: map[string]*wire.Ticket{},
		requests: make(chan *wire.TicketRequest, 16)}
	err := s.Subscribe(wire.Filter("lahti", wire.KindTicket), 1, func(_ *mqtt.Client, _ packets.Subscription, pk packets.Packet) {
		if req, err := wire.Decode[wire.TicketRequest](pk.Payload); err == nil {
			h.requests <- req
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { h.answer(t, s, done) })
	t.Cleanup(func() { close(done); wg.Wait() })
	return h
}

func (h *hub) answer(t *testing.T, s *mqtt.Server, done <-chan struct{}) {
	for {
		select {
		case <-done:
			return
		case req := <-h.requests:
			if reply := h.reply(req); reply != nil {
				b, _ := wire.Encode(reply)
				topic := wire.Topic{Kind: wire.KindTicketReply, Site: "lahti", ID: req.Device}.String()
				if err := s.Publish(topic, b, false, 1); err != nil {
					t.Error(err)
				}
			}
		}
	}
}

func (h *hub) reply(req *wire.TicketRequest) *wire.TicketReply {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.seen[req.ID]++
	if h.drop > 0 {
		h.drop--
		return nil
	}
	tk, ok := h.issued[req.ID]
	if !ok {
		tk = &wire.Ticket{CallID: fmt.Sprintf("R%d", 19+len(h.issued)), Service: req.Service, Ahead: 3, Issued: time.Now()}
		h.issued[req.ID] = tk
	}
	return &wire.TicketReply{Header: wire.NewHeader(time.Now()), RequestID: req.ID, Ticket: tk}
}

func (h *hub) counts() (sends map[string]int, issued int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	sends = map[string]int{}
	for id, n := range h.seen {
		sends[id] = n
	}
	return sends, len(h.issued)
}

func openLink(t *testing.T, broker string) *devlink.Link {
	t.Helper()
	l, err := devlink.Open(devlink.Options{Broker: broker, Site: "lahti", Device: "kiosk-1", Kind: "kiosk", Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l.Close)
	deadline := time.Now().Add(5 * time.Second)
	for !l.Connected() {
		if time.Now().After(deadline) {
			t.Fatal("kiosk did not connect to the broker")
		}
		time.Sleep(10 * time.Millisecond)
	}
	return l
}

func TestIssueOverBroker(t *testing.T) {
	for _, drop := range []int{0, 1} {
		t.Run(fmt.Sprintf("drop %d", drop), func(t *testing.T) {
			s, url := startBroker(t)
			h := serveHub(t, s, drop)
			c, err := hubclient.New(openLink(t, url), hubclient.Options{Site: "lahti", Device: "kiosk-1",
				Retry: 200 * time.Millisecond, Logger: quiet})
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			tk, err := c.Issue(ctx, "vero-veroasiat", "fi")
			if err != nil || tk.CallID != "R19" {
				t.Fatalf("Issue = %+v, %v", tk, err)
			}
			sends, issued := h.counts()
			if len(sends) != 1 || issued != 1 {
				t.Errorf("hub saw request ids %v and issued %d tickets; want one id, one ticket", sends, issued)
			}
			for _, n := range sends {
				if n < drop+1 {
					t.Errorf("the request was sent %d times, want at least %d", n, drop+1)
				}
			}
		})
	}
}

func TestCatalogOverBroker(t *testing.T) {
	s, url := startBroker(t)
	cat := &wire.Catalog{Header: wire.NewHeader(time.Now()), Site: wire.Site{ID: "lahti", WaitingRoom: "Odotusaula Lahti"}}
	b, _ := wire.Encode(cat)
	if err := s.Publish("vuoro/v1/lahti/catalog", b, true, 1); err != nil {
		t.Fatal(err)
	}
	c, err := hubclient.New(openLink(t, url), hubclient.Options{Site: "lahti", Device: "kiosk-1", Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan *wire.Catalog, 1)
	c.OnCatalog(func(c *wire.Catalog) { got <- c })
	select {
	case c := <-got:
		if c.Site.WaitingRoom != "Odotusaula Lahti" {
			t.Errorf("catalog = %+v", c)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the retained catalog did not arrive")
	}
}
