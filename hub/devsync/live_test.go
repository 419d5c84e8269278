package devsync_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/hub/store"
	"vuoro/shared/wire"
)

// gatedLog is the data file with a gate in front of its writes: while the
// gate is shut the engine decides commands but cannot make them durable,
// as on a hung disk, and the bridge's loop hangs in the engine.
type gatedLog struct {
	*store.Store
	mu   sync.Mutex
	shut chan struct{} // nil while open
}

func (g *gatedLog) wrap(st *store.Store) queue.Log { g.Store = st; return g }

func (g *gatedLog) close() { g.mu.Lock(); g.shut = make(chan struct{}); g.mu.Unlock() }

// open opens the gate, if shut. A test registers it as a cleanup too, so
// that a failed test does not leave the bridge hung for ever.
func (g *gatedLog) open() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.shut != nil {
		close(g.shut)
		g.shut = nil
	}
}

// hungHub is a hub on a gated log, the gate opened when the test ends.
func hungHub(t *testing.T) (*queue.Engine, *gatedLog, string) {
	gate := &gatedLog{}
	eng, _, url := hubOn(t, realClock{}, gate.wrap)
	t.Cleanup(gate.open) // runs before the hub's cleanups
	return eng, gate, url
}

func (g *gatedLog) wait() {
	g.mu.Lock()
	shut := g.shut
	g.mu.Unlock()
	if shut != nil {
		<-shut
	}
}

func (g *gatedLog) Write(b event.Batch) error { g.wait(); return g.Store.Write(b) }

func (g *gatedLog) Append(ev event.Event) (uint64, error) { g.wait(); return g.Store.Append(ev) }

func ticketRequest(id string, deadline time.Time) string {
	r := &wire.TicketRequest{Header: wire.Header{V: wire.Version, ID: id, Sent: time.Now()},
		Device: "k1", Service: "vero-veroasiat", Lang: "fi", Persons: 1, Deadline: deadline}
	b, _ := json.Marshal(r)
	return string(b)
}

func sendCancel(t *testing.T, c mqtt.Client, request string) {
	t.Helper()
	b, _ := wire.Encode(&wire.TicketCancel{Header: wire.NewHeader(time.Now()), Device: "k1", RequestID: request})
	c.Publish(wire.Topic{Kind: wire.KindTicketCancel, Site: "lahti", ID: "k1"}.String(), 1, false, b).Wait()
}

// heartbeats follows the hub's heartbeat as a counter display does.
func heartbeats(t *testing.T, url string) chan *wire.Heartbeat {
	beats := make(chan *wire.Heartbeat, 64)
	subscribeAs(t, url, wire.Topic{Kind: wire.KindHeartbeat, Site: "lahti"}, func(_ mqtt.Client, m mqtt.Message) {
		if hb, err := wire.Decode[wire.Heartbeat](m.Payload()); err == nil {
			beats <- hb
		}
	})
	return beats
}

func waitBeat(t *testing.T, beats chan *wire.Heartbeat, within time.Duration) *wire.Heartbeat {
	t.Helper()
	select {
	case hb := <-beats:
		return hb
	case <-time.After(within):
		t.Fatalf("no heartbeat within %s", within)
		return nil
	}
}

// waitSilence waits for a gap of at least gap between heartbeats, and
// fails if none comes within 15 s.
func waitSilence(t *testing.T, beats chan *wire.Heartbeat, gap time.Duration) {
	t.Helper()
	deadline := time.After(15 * time.Second)
	for {
		select {
		case <-beats:
		case <-time.After(gap):
			return
		case <-deadline:
			t.Fatal("the heartbeats never stopped")
		}
	}
}

// A hub that hangs writing to its disk: its heartbeats stop; the kiosk
// gives up on its request and cancels it; when the hub resumes it issues
// the ticket it had decided, then voids it at the cancel, and refuses the
// request that waited past its deadline. No visit waits, and the number
// never reaches the display.
func TestHungHubLeavesNoOrphanAndStopsItsHeartbeat(t *testing.T) {
	eng, gate, url := hungHub(t)
	beats := heartbeats(t, url)
	if hb := waitBeat(t, beats, 3*time.Second); hb.Log == "" || time.Since(hb.Time).Abs() > 5*time.Second {
		t.Fatalf("heartbeat = %+v", hb)
	}
	var mu sync.Mutex
	var shown []string
	subscribeAs(t, url, wire.Topic{Kind: wire.KindDisplay, Site: "lahti"}, func(_ mqtt.Client, m mqtt.Message) {
		mu.Lock()
		shown = append(shown, string(m.Payload()))
		mu.Unlock()
	})
	c, replies := device(t, url)

	gate.close()
	send(t, c, ticketRequest("req-hung", time.Time{}))
	send(t, c, ticketRequest("req-late", time.Now().Add(time.Second)))
	waitSilence(t, beats, 2*time.Second) // the hung hub's heartbeats stop
	sendCancel(t, c, "req-hung")         // the kiosk gave up
	gate.open()

	got := map[string]*wire.TicketReply{}
	for range 3 {
		r := reply(t, replies)
		if r.Error != nil && r.Error.Code == wire.ErrCodeCancelled || got[r.RequestID] == nil {
			got[r.RequestID] = r
		}
	}
	if r := got["req-late"]; r == nil || r.Error == nil || r.Error.Code != wire.ErrCodeExpired {
		t.Errorf("the request past its deadline got %+v, want refused %q", r, wire.ErrCodeExpired)
	}
	if r := got["req-hung"]; r == nil || r.Error == nil || r.Error.Code != wire.ErrCodeCancelled {
		t.Errorf("the cancel got %+v, want acknowledged %q", r, wire.ErrCodeCancelled)
	}
	eng.Read(func(s *queue.State) {
		if n := s.WaitingCount("vero-veroasiat"); n != 0 {
			t.Errorf("%d visits wait after the hub resumed, want 0", n)
		}
	})
	waitBeat(t, beats, 3*time.Second)
	if _, err := eng.CallNext("vero", []string{"vero-veroasiat"}, "6"); !errors.Is(err, queue.ErrEmpty) {
		t.Errorf("a clerk's call after the hub resumed: %v, want nobody waiting", err)
	}
	time.Sleep(200 * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	for _, p := range shown {
		if strings.Contains(p, `"call_id"`) {
			t.Errorf("the display was sent a call: %s", p)
		}
	}
}

// A cancel that overtakes its request is acknowledged, and the request is
// refused when it comes.
func TestCancelBeforeRequestOverBroker(t *testing.T) {
	_, _, url := hub(t)
	c, replies := device(t, url)
	sendCancel(t, c, "req-x")
	if r := reply(t, replies); r.RequestID != "req-x" || r.Error == nil || r.Error.Code != wire.ErrCodeCancelled {
		t.Fatalf("cancel answered %+v", r)
	}
	send(t, c, ticketRequest("req-x", time.Time{}))
	if r := reply(t, replies); r.Error == nil || r.Error.Code != wire.ErrCodeCancelled {
		t.Fatalf("request after its cancel answered %s", fmt.Sprint(r.Ticket, r.Error))
	}
}
