package e2e

import (
	"slices"
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/hub/queue"
)

// BenchmarkCallToDisplay measures a clerk's Call over HTTP until the queue
// display's view-model shows it, through the engine, the bbolt log (one
// fsync), the embedded broker and the display's MQTT client. It reports the
// median and the 99th percentile.
func BenchmarkCallToDisplay(b *testing.B) {
	h := startHub(b, b.TempDir(), "")
	defer h.Close()
	d := newDisplays(b, h)
	clerk := newConsole(b, h, "vero")
	var lat []time.Duration
	for b.Loop() {
		b.StopTimer()
		if _, err := h.Engine().Issue("kiosk:bench", queue.IssueRequest{Service: "vero-veroasiat", Device: "bench"}); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		v := clerk.call(b, "vero-veroasiat", "6")
		d.waitFor(b, v.CallID, func(q board.QueueState, _ board.CounterState) bool { return q.Latest.CallID == v.CallID })
		lat = append(lat, time.Since(start))
		b.StopTimer()
		clerk.end(b, v.ID)
		b.StartTimer()
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
