package e2e

import (
	"context"
	"sync"
	"testing"
	"time"

	"vuoro/drivers/escpos"
	"vuoro/hub/server"
	"vuoro/kiosk/flow"
	"vuoro/kiosk/hubclient"
	"vuoro/kiosk/ticket"
	"vuoro/shared/devlink"
)

// BenchmarkTapToTicketLoaded measures a citizen's tap on a service at the
// kiosk until the ticket's bytes are written to the printer's transport:
// the kiosk's view-model, its MQTT request and the hub's reply through the
// embedded broker on loopback, the engine deciding the ticket and its
// estimate on a year's log, the event's fsync, and the ticket composed
// (QR code included) and written. It reports the median and the 99th
// percentile beside two floors measured in the same run: an MQTT
// publish→subscribe through the hub's broker, and a bbolt sync of one put.
func BenchmarkTapToTicketLoaded(b *testing.B) {
	h := startLoaded(b, loadedData(b))
	defer h.Close()
	lat := tapToTicket(b, h, 200)
	floor := mqttFloor(b, h)
	reportRatio(b, ms(quantile(lat, 0.5)), "p50-ms", ms(floor), "floor-mqtt-ms")
	b.ReportMetric(ms(fsyncFloor(b)), "floor-fsync-ms")
	b.ReportMetric(ms(quantile(lat, 0.99)), "p99-ms")
	b.ReportMetric(ms(quantile(lat, 0.99))/ms(floor), "p99-x-floor")
}

// tapToTicket runs taps tickets per benchmark round through a kiosk
// printing to a transport, and returns each tap's time until the ticket's
// bytes were written. Taps come at most every tapEvery: the broker
// disconnects a device publishing faster than 5 a second (a citizen takes
// far longer), and the wait is outside what is timed.
func tapToTicket(b *testing.B, h *server.Hub, taps int) []time.Duration {
	k, out := benchKiosk(b, h)
	var lat []time.Duration
	for b.Loop() {
		for range taps {
			start := time.Now()
			lat = append(lat, tap(b, k, out))
			time.Sleep(tapEvery - time.Since(start))
		}
	}
	return lat
}

// tapEvery paces the benchmark's taps under the broker's device rate.
const tapEvery = 300 * time.Millisecond

// benchKiosk is a kiosk printing to a transport that notes when.
func benchKiosk(tb testing.TB, h *server.Hub) (*kiosk, *transport) {
	out := &transport{}
	k := newKioskWith(tb, h, func(_ *devlink.Link, _ *hubclient.Client, o *flow.Options) {
		o.Printer = ticket.NewPrinter(out, escpos.Paper80)
	})
	return k, out
}

// tap chooses the Tax Administration's Veroasiat on k, as a citizen taps
// it, runs the ticket job, and returns the time from the tap until the
// ticket's bytes were written to out.
func tap(tb testing.TB, k *kiosk, out *transport) time.Duration {
	tb.Helper()
	k.model.Cancel()
	k.model.Start()
	k.model.ChooseAgency("vero")
	t0 := time.Now()
	job := k.model.ChooseService("vero-veroasiat")
	if job == nil {
		tb.Fatalf("the tap started no ticket job; screen %v", k.model.State().Screen)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	k.model.Apply(job.Run(ctx))
	at, n := out.last()
	if st := k.model.State(); st.Screen != flow.ScreenSuccess || n == 0 {
		tb.Fatalf("no ticket printed: screen %v %q, %d bytes", st.Screen, st.Error, n)
	}
	return at.Sub(t0)
}

// transport is a printer's connection that takes every byte and notes
// when the last were written and how many since last asked.
type transport struct {
	mu sync.Mutex
	at time.Time
	n  int
}

func (t *transport) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.at, t.n = time.Now(), t.n+len(p)
	return len(p), nil
}

func (t *transport) last() (time.Time, int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	at, n := t.at, t.n
	t.n = 0
	return at, n
}
