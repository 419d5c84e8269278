package server

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"sync"
	"testing"
	"time"

	"vuoro/hub/queue"
)

type handClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *handClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }

func (c *handClock) Advance(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.now = c.now.Add(d) }

func (c *handClock) set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.now = t }

func healthOf(t *testing.T, h *Hub) (int, health) {
	t.Helper()
	resp, err := http.Get("http://" + h.HTTPAddr() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var hl health
	if err := json.NewDecoder(resp.Body).Decode(&hl); err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, hl
}

// /healthz is 200 while the data file takes writes and the device bridge
// goes round; a failed write makes it 503 for a minute, and a bridge that
// stops going round makes it 503 until it goes round again.
func TestHealthReportsFailedWritesAndAHungBridge(t *testing.T) {
	clk := &handClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)}
	h, err := Start(Options{DataDir: t.TempDir(), HTTPAddr: "127.0.0.1:0", MQTTAddr: "127.0.0.1:0", Demo: true,
		Clock: clk, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	deadline := time.Now().Add(10 * time.Second)
	for code, hl := healthOf(t, h); code != 200; code, hl = healthOf(t, h) {
		if time.Now().After(deadline) {
			t.Fatalf("never healthy: %d %+v", code, hl)
		}
		time.Sleep(20 * time.Millisecond)
	}

	h.store.Close() // the disk goes away under the hub
	if _, err := h.engine.Issue("kiosk:k1", queue.IssueRequest{Service: "vero-veroasiat"}); err == nil {
		t.Fatal("a ticket was issued onto a closed data file")
	}
	if code, hl := healthOf(t, h); code != 503 || hl.Store == "ok" {
		t.Fatalf("after a failed write: %d %+v", code, hl)
	}

	// The bridge's loop stops going round, as a hung one does (it goes
	// round every second for its heartbeat, so the test stops it rather
	// than race it), and two minutes pass on the hub's clock.
	h.cancel()
	time.Sleep(200 * time.Millisecond) // the loop's last round, at the old time
	clk.Advance(2 * time.Minute)
	code, hl := healthOf(t, h)
	if code != 503 || hl.Devices == "ok" {
		t.Fatalf("a bridge silent for two minutes: %d %+v", code, hl)
	}
}
