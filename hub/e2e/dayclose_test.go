package e2e

import (
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/hub/queue"
	"vuoro/hub/queue/queuetest"
	"vuoro/hub/server"
)

// TestNextMorningStartsClean runs a demo hub on a hand-moved clock through
// the night: yesterday's calls leave the displays, yesterday's open visits
// expire, and the first citizen of the morning is R1 again.
func TestNextMorningStartsClean(t *testing.T) {
	helsinki, _ := time.LoadLocation("Europe/Helsinki")
	clock := queuetest.NewClock(time.Date(2026, 11, 23, 10, 0, 0, 0, helsinki))
	h, err := server.Start(server.Options{DataDir: t.TempDir(), HTTPAddr: "127.0.0.1:0", MQTTAddr: "127.0.0.1:0",
		Demo: true, Logger: quiet, Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	k := newKiosk(t, h)
	d := newDisplays(t, h)
	for _, want := range []string{"R1", "R2"} {
		if st := k.checkIn(t, "vero", "vero-veroasiat"); st.Number != want {
			t.Fatalf("Monday's ticket %q (%s), want %s", st.Number, st.Error, want)
		}
	}
	newConsole(t, h, "vero").call(t, "vero-veroasiat", "6")
	d.waitFor(t, "R1 → 6", func(q board.QueueState, c board.CounterState) bool {
		return q.Latest == board.Entry{CallID: "R1", Room: "6"} && c.CallID == "R1"
	})

	// Tuesday morning. The hub's housekeeper closes the day within 30 s;
	// the test does what it does at once.
	clock.Set(time.Date(2026, 11, 24, 7, 30, 0, 0, helsinki))
	if _, err := h.Engine().CloseDay(); err != nil {
		t.Fatal(err)
	}
	d.waitFor(t, "no calls", func(q board.QueueState, c board.CounterState) bool {
		return q.Latest == board.Entry{} && len(q.Recent) == 0 && c.CallID == ""
	})
	h.Engine().Read(func(s *queue.State) {
		for _, id := range []string{"R1", "R2"} {
			if tk, _ := findTicket(s, id); tk.Status != queue.Expired {
				t.Errorf("Monday's %s is %s, want expired", id, tk.Status)
			}
		}
	})
	// The kiosk dates its request by the hub's clock as the heartbeat
	// tells it: wait for the first heartbeat of the jumped clock.
	k.waitHubTime(t, clock.Now())
	if st := k.checkIn(t, "vero", "vero-veroasiat"); st.Number != "R1" {
		t.Fatalf("Tuesday's first ticket %q (%s), want R1", st.Number, st.Error)
	}
	called := newConsole(t, h, "vero").call(t, "vero-veroasiat", "6")
	d.waitFor(t, "Tuesday's R1 → 6", func(q board.QueueState, c board.CounterState) bool {
		return q.Latest == board.Entry{CallID: "R1", Room: "6"} && len(q.Recent) == 0 && c.CallID == "R1" && q.Flash
	})
	if called.CallID != "R1" {
		t.Fatalf("called %s", called.CallID)
	}
}
