package e2e

import (
	"testing"
	"time"

	"vuoro/kiosk/hubclient"
)

// TestDevicesNoticeAStoppedHubAndItsReturn stops the hub under a queue
// display, a counter display and a kiosk: all three show the connection
// lost within 5 s, and live again once the hub is back.
func TestDevicesNoticeAStoppedHubAndItsReturn(t *testing.T) {
	dir := t.TempDir()
	h := startHub(t, dir, "")
	addr := h.MQTTAddr()
	d := newDisplays(t, h)
	k, err := hubclient.New(link(t, h, "kiosk-1", "kiosk"), hubclient.Options{Site: "lahti", Device: "kiosk-1", Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	k.Start()
	defer k.Close()
	live := func(want bool, within time.Duration) time.Duration {
		t.Helper()
		start := time.Now()
		for {
			now := time.Now()
			d.queue.Tick(now) // as the displays' one-second ticker does, finer
			d.counter.Tick(now)
			q, c := d.queue.State().Connected, d.counter.State().Connected
			if q == want && c == want && k.Online() == want {
				return now.Sub(start)
			}
			if now.Sub(start) > within {
				t.Fatalf("after %s: queue display connected %v, counter %v, kiosk online %v; want %v",
					within, q, c, k.Online(), want)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	live(true, 10*time.Second)

	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	took := live(false, 6*time.Second)
	t.Logf("the devices showed the connection lost %s after the hub stopped", took.Round(10*time.Millisecond))
	if took > 5*time.Second {
		t.Errorf("connection lost shown after %s, want within 5 s", took)
	}

	h = startHub(t, dir, addr)
	defer h.Close()
	took = live(true, 40*time.Second)
	t.Logf("live again %s after the hub restarted", took.Round(10*time.Millisecond))
}
