package e2e

import (
	"slices"
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/hub/queue"
)

// TestCallToDisplayState measures a clerk's call over HTTP until both the
// queue display's and room 6's counter display's view-models show it,
// through the engine, the bbolt log, the embedded broker on loopback and
// each display's own MQTT client and feed. It reports the median, the 99th
// percentile and the worst; each call must reach both displays.
func TestCallToDisplayState(t *testing.T) {
	h := startHub(t, t.TempDir(), "")
	defer h.Close()
	d := newDisplays(t, h)
	clerk := newConsole(t, h, "vero")
	calls := 100
	if testing.Short() {
		calls = 20
	}
	var lat []time.Duration
	for range calls {
		if _, err := h.Engine().Issue("kiosk:bench", queue.IssueRequest{Service: "vero-veroasiat", Device: "bench"}); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		v := clerk.call(t, "vero-veroasiat", "6")
		d.waitFor(t, v.CallID, func(q board.QueueState, c board.CounterState) bool {
			return q.Latest.CallID == v.CallID && c.CallID == v.CallID
		})
		lat = append(lat, time.Since(start))
		clerk.end(t, v.ID)
	}
	slices.Sort(lat)
	t.Logf("clerk's call → both displays' state updated: p50 %v, p99 %v, max %v (%d calls)",
		lat[len(lat)/2].Round(time.Microsecond), lat[len(lat)*99/100].Round(time.Microsecond), lat[len(lat)-1].Round(time.Microsecond), len(lat))
}
