package faults

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"vuoro/kiosk/hubclient"
	"vuoro/shared/devlink"
	"vuoro/shared/wire"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// services are the queues the simulated kiosks spread their tickets over.
var services = []string{"vero-veroasiat", "kela-asiointi", "dvv-vaestotiedot", "mml-kiinteistot"}

// held is a ticket a citizen holds: the kiosk printed it.
type held struct {
	device, service, callID string
}

// ledger is what the kiosks did: the tickets they handed out, the requests
// they gave up on and the refusals they showed.
type ledger struct {
	mu      sync.Mutex
	held    []held
	gaveUp  int
	refused map[string]int
}

func (l *ledger) add(h held) {
	l.mu.Lock()
	l.held = append(l.held, h)
	l.mu.Unlock()
}

func (l *ledger) failed(err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var r *hubclient.RefusedError
	switch {
	case errors.As(err, &r):
		if l.refused == nil {
			l.refused = map[string]int{}
		}
		l.refused[r.Code]++
	default:
		l.gaveUp++
	}
}

func (l *ledger) tickets() []held {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]held(nil), l.held...)
}

// fleet is n kiosks, each enrolled in the hub and connected over MQTT.
type fleet struct {
	kiosks []*simKiosk
	ledger ledger
	issued atomic.Int64 // tickets handed out so far
}

type simKiosk struct {
	id      string
	link    *devlink.Link
	client  *hubclient.Client
	catalog chan *wire.Catalog // the catalogs the hub sent it
}

// newFleet enrols n kiosks named prefix-01, prefix-02, ... ("kiosk" if
// no prefix is given).
func newFleet(t testing.TB, h *hubProc, admin *user, n int, prefix ...string) *fleet {
	t.Helper()
	f := &fleet{}
	name := "kiosk"
	if len(prefix) > 0 {
		name = prefix[0]
	}
	for i := range n {
		id := fmt.Sprintf("%s-%02d", name, i+1)
		cred := admin.enrol(t, id, "kiosk", "")
		l, err := devlink.Open(devlink.Options{Broker: "tcp://" + h.mqttAddr, Site: "lahti", Device: id, Kind: "kiosk",
			Username: cred.Username, Password: cred.Password, Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(l.Close)
		c, err := hubclient.New(l, hubclient.Options{Site: "lahti", Device: id, Retry: 500 * time.Millisecond, Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		k := &simKiosk{id: id, link: l, client: c, catalog: make(chan *wire.Catalog, 1)}
		c.OnCatalog(func(cat *wire.Catalog) {
			select {
			case k.catalog <- cat:
			default:
			}
		})
		f.kiosks = append(f.kiosks, k)
	}
	return f
}

// run has the kiosks issue total tickets between them, each citizen's
// request given up after giveUp, as the kiosk's screen gives up. It
// returns when all are done or ctx ends.
func (f *fleet) run(ctx context.Context, total int, giveUp time.Duration) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for i, k := range f.kiosks {
		wg.Go(func() {
			for n := next.Add(1); n <= int64(total) && ctx.Err() == nil; n = next.Add(1) {
				service := services[(i+int(n))%len(services)]
				rctx, cancel := context.WithTimeout(ctx, giveUp)
				tk, err := k.client.Issue(rctx, service, "fi")
				cancel()
				if err != nil {
					f.ledger.failed(err)
					continue
				}
				f.ledger.add(held{device: k.id, service: service, callID: tk.CallID})
				f.issued.Add(1)
			}
		})
	}
	wg.Wait()
}

// waitIssued waits until at least n tickets were handed out.
func (f *fleet) waitIssued(t testing.TB, n int64) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for f.issued.Load() < n {
		if time.Now().After(deadline) {
			t.Fatalf("only %d tickets issued in 2 minutes, waiting for %d", f.issued.Load(), n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
