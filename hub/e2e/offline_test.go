package e2e

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/hub/queue"
	"vuoro/hub/queue/queuetest"
	"vuoro/hub/server"
	"vuoro/kiosk/flow"
	"vuoro/kiosk/hubclient"
	"vuoro/kiosk/outbox"
	"vuoro/shared/devlink"
	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

// TestKioskIssuesOfflineAndDeliversWhenTheHubReturns: the kiosk gets its
// blocks, the hub stops, the kiosk issues three tickets from its block,
// the hub comes back on the same data file, and the tickets are in their
// queue once each, in check-in order, shown on the displays only when
// called.
func TestKioskIssuesOfflineAndDeliversWhenTheHubReturns(t *testing.T) {
	helsinki, _ := time.LoadLocation("Europe/Helsinki")
	clock := queuetest.NewClock(time.Date(2026, 11, 23, 10, 0, 0, 0, helsinki))
	dir := t.TempDir()
	start := func(mqtt string) *server.Hub {
		h, err := server.Start(server.Options{DataDir: dir, HTTPAddr: "127.0.0.1:0", MQTTAddr: mqtt, Demo: true,
			Logger: quiet, Clock: clock})
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	h := start("127.0.0.1:0")
	mqtt := h.MQTTAddr()
	box, err := outbox.Open(filepath.Join(t.TempDir(), "outbox.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer box.Close()
	var hub *hubclient.Client
	k := newKioskWith(t, h, func(l *devlink.Link, c *hubclient.Client, o *flow.Options) {
		hub = c
		c.SetConnected(l.Connected)
		o.Reach = flow.ReachFunc(c.Reachable)
		o.Offline = outbox.Issuer{Box: box, Device: "kiosk-1", Now: clock.Now}
		o.IssueTimeout = 3 * time.Second
		c.OnBlocks(func(b *wire.BlockSet) { box.SetBlocks(b.Blocks) })
	})
	eventually(t, "the kiosk's block of Veroasiat", func() bool { return box.Left("2026-11-23")["vero-veroasiat"] == 5 })

	clock.Advance(time.Minute) // 10:01, online: numbered from R1, apart from the block
	if st := k.checkIn(t, "vero", "vero-veroasiat"); st.Number != "R1" {
		t.Fatalf("the online ticket %q (%s), want R1: the kiosk's block is R901..R905", st.Number, st.Error)
	}
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the kiosk to see the hub gone", func() bool { return !hub.Reachable() })
	for i, want := range []string{"R901", "R902", "R903"} {
		clock.Advance(time.Minute) // 10:02, 10:03, 10:04
		st := k.checkIn(t, "vero", "vero-veroasiat")
		if st.Number != want || !slices.Equal(st.Lines, []string{i18n.T(i18n.FI, i18n.AheadUnknown)}) {
			t.Fatalf("offline ticket %d: %q %v (%s), want %s, ahead not known", i+1, st.Number, st.Lines, st.Error, want)
		}
	}
	sent, _ := box.Pending()
	if len(sent) != 3 {
		t.Fatalf("the outbox holds %d tickets, want 3", len(sent))
	}

	clock.Advance(time.Minute) // 10:05: the hub is back on the same file
	h = start(mqtt)
	defer h.Close()
	eventually(t, "the outbox delivered", func() bool {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		hub.Drain(ctx, box, time.Second)
		p, _ := box.Pending()
		return len(p) == 0
	})
	// A delivery repeated (its ack lost) is answered, never recorded again;
	// another ticket with a used number is refused.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if ack, err := hub.Deliver(ctx, sent[0]); err != nil || ack.Outcome != wire.OfflineRecorded {
		t.Fatalf("R901 delivered again: %+v, %v; want recorded", ack, err)
	}
	other := sent[0]
	other.ID = "another"
	if ack, err := hub.Deliver(ctx, other); err != nil || ack.Outcome != wire.OfflineRefused {
		t.Fatalf("another ticket with R901's number: %+v, %v; want refused", ack, err)
	}
	h.Engine().Read(func(s *queue.State) {
		var ids []string
		for _, tk := range s.Waiting("vero-veroasiat") {
			ids = append(ids, tk.CallID)
		}
		if want := []string{"R1", "R901", "R902", "R903"}; !slices.Equal(ids, want) {
			t.Fatalf("waiting %v, want %v, each once, by check-in time", ids, want)
		}
	})
	d := newDisplays(t, h)
	time.Sleep(200 * time.Millisecond) // the display's snapshot has come
	if q := d.queue.State(); q.Latest != (board.Entry{}) || len(q.Recent) != 0 {
		t.Fatalf("the queue display shows %+v before any call", q)
	}
	c := newConsole(t, h, "vero")
	for _, want := range []string{"R1", "R901"} {
		v := c.call(t, "vero-veroasiat", "6")
		if v.CallID != want {
			t.Fatalf("called %s, want %s", v.CallID, want)
		}
		if want == "R1" {
			c.end(t, v.ID)
		}
	}
	d.waitFor(t, "R901 → 6", func(q board.QueueState, cs board.CounterState) bool {
		return q.Latest == board.Entry{CallID: "R901", Room: "6"} && cs.CallID == "R901" &&
			!slices.ContainsFunc(q.Recent, func(e board.Entry) bool { return e.CallID == "R902" || e.CallID == "R903" })
	})
}

func eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("waited 30 s for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
