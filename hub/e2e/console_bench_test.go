package e2e

import (
	"encoding/json"
	"slices"
	"sync"
	"testing"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/server"
	"vuoro/shared/wire"
)

// BenchmarkConsoleCallToBroker measures a clerk's Call over the console's
// HTTP API until the call's announcement reaches a plain MQTT subscriber
// of vuoro/v1/lahti/call: the console, the engine, the bbolt log (one
// fsync), the device bridge and the embedded broker. It reports the median
// and the 99th percentile.
func BenchmarkConsoleCallToBroker(b *testing.B) {
	h := startHub(b, b.TempDir(), "")
	defer h.Close()
	calls := subscribeCalls(b, h)
	clerk := newConsole(b, h, "vero")
	waiting := func() {
		if _, err := h.Engine().Issue("kiosk:bench", queue.IssueRequest{Service: "vero-veroasiat", Device: "bench"}); err != nil {
			b.Fatal(err)
		}
	}
	waiting()
	var took []time.Duration
	for b.Loop() {
		t0 := time.Now()
		v := clerk.call(b, "vero-veroasiat", "6")
		waitCall(b, calls, v.CallID)
		took = append(took, time.Since(t0))
		b.StopTimer() // end the visit and check the next citizen in, untimed
		clerk.end(b, v.ID)
		waiting()
		b.StartTimer()
	}
	reportQuantiles(b, took, map[string]float64{"p50-ms": 0.50, "p99-ms": 0.99})
}

// reportQuantiles reports quantiles of the durations in milliseconds.
func reportQuantiles(b *testing.B, d []time.Duration, q map[string]float64) {
	slices.Sort(d)
	for name, p := range q {
		i := min(len(d)-1, int(p*float64(len(d))))
		b.ReportMetric(float64(d[i])/float64(time.Millisecond), name)
	}
}

// subscribeCalls subscribes an enrolled queue display to the site's calls.
func subscribeCalls(b *testing.B, h *server.Hub) chan wire.Call {
	l := link(b, h, "bench-calls", "queue-display")
	out := make(chan wire.Call, 64)
	subscribed := make(chan struct{})
	var once sync.Once
	l.Subscribe(wire.Topic{Kind: wire.KindCall, Site: "lahti"}.String(), func(p []byte) {
		var call wire.Call
		if json.Unmarshal(p, &call) == nil {
			out <- call
		}
	})
	// The display's retained snapshot arrives once the subscriptions stand.
	l.Subscribe(wire.Topic{Kind: wire.KindDisplay, Site: "lahti"}.String(), func([]byte) { once.Do(func() { close(subscribed) }) })
	select {
	case <-subscribed:
	case <-time.After(10 * time.Second):
		b.Fatal("the display's subscriptions never stood")
	}
	return out
}

func waitCall(b *testing.B, calls chan wire.Call, callID string) {
	deadline := time.After(10 * time.Second)
	for {
		select {
		case c := <-calls:
			if c.CallID == callID {
				return
			}
		case <-deadline:
			b.Fatalf("the broker never carried the call of %s", callID)
		}
	}
}
