package e2e

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"vuoro/hub/queue"
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
	calls := subscribeCalls(b, "tcp://"+h.MQTTAddr())
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

// subscribeCalls subscribes a plain paho client to the site's calls.
func subscribeCalls(b *testing.B, broker string) chan wire.Call {
	c := mqtt.NewClient(mqtt.NewClientOptions().AddBroker(broker).SetClientID("bench-calls"))
	if tok := c.Connect(); !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
		b.Fatalf("connect: %v", tok.Error())
	}
	b.Cleanup(func() { c.Disconnect(100) })
	out := make(chan wire.Call, 64)
	topic := wire.Topic{Kind: wire.KindCall, Site: "lahti"}.String()
	tok := c.Subscribe(topic, 1, func(_ mqtt.Client, m mqtt.Message) {
		var call wire.Call
		if json.Unmarshal(m.Payload(), &call) == nil {
			out <- call
		}
	})
	if !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
		b.Fatalf("subscribe %s: %v", topic, tok.Error())
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
