package e2e

import (
	"os"
	"strings"
	"testing"

	"vuoro/display/board"
	"vuoro/hub/queue"
	"vuoro/kiosk/flow"
)

func TestTicketFromKioskCalledToDisplays(t *testing.T) {
	dir := t.TempDir()
	h := startHub(t, dir, "")
	mqttAddr := h.MQTTAddr()
	k := newKiosk(t, h)
	d := newDisplays(t, h)
	clerk := newConsole(t, h, "vero")

	// A citizen checks in to the Tax Administration's "Veroasiat" twice over.
	st := k.checkIn(t, "vero", "vero-veroasiat")
	if st.Screen != flow.ScreenSuccess || st.Number != "R1" {
		t.Fatalf("kiosk shows %v %q %q, want the success screen with R1", st.Screen, st.Number, st.Error)
	}
	if st := k.checkIn(t, "vero", "vero-veroasiat"); st.Number != "R2" || !strings.Contains(strings.Join(st.Lines, " "), "1") {
		t.Fatalf("second citizen: %q, lines %q; want R2 with one person ahead", st.Number, st.Lines)
	}
	paths := k.printer.Paths()
	if len(paths) != 2 {
		t.Fatalf("printed %v, want two tickets", paths)
	}
	if txt, err := os.ReadFile(strings.TrimSuffix(paths[0], ".png") + ".txt"); err != nil || !strings.Contains(string(txt), "R1") {
		t.Fatalf("first ticket's decoded text %q (%v) lacks R1", txt, err)
	}

	// The clerk calls the next citizen to room 6: both displays show it.
	called := clerk.call(t, "vero-veroasiat", "6")
	if called.CallID != "R1" {
		t.Fatalf("called %s, want R1", called.CallID)
	}
	d.waitFor(t, "R1 → 6", func(q board.QueueState, c board.CounterState) bool {
		return q.Latest == board.Entry{CallID: "R1", Room: "6"} && c.CallID == "R1"
	})
	clerk.end(t, called.ID)
	d.waitFor(t, "room 6 free", func(q board.QueueState, c board.CounterState) bool {
		return c.CallID == "" && q.Latest.CallID == "R1"
	})

	// The hub restarts on the same data: nothing is lost, numbering goes on,
	// and the devices reconnect by themselves.
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	h = startHub(t, dir, mqttAddr)
	defer h.Close()
	h.Engine().Read(func(s *queue.State) {
		r1, _ := findTicket(s, "R1")
		if r1.Status != queue.Ended || len(s.Waiting("vero-veroasiat")) != 1 || s.Waiting("vero-veroasiat")[0].CallID != "R2" {
			t.Fatalf("after restart: R1 %+v, waiting %+v", r1, s.Waiting("vero-veroasiat"))
		}
	})
	if st := k.checkIn(t, "vero", "vero-veroasiat"); st.Number != "R3" {
		t.Fatalf("after restart the kiosk got %q (%s), want R3", st.Number, st.Error)
	}
	clerk = newConsole(t, h, "vero") // sessions do not survive a restart
	clerk.call(t, "vero-veroasiat", "6")
	d.waitFor(t, "R2 → 6 after the restart", func(q board.QueueState, c board.CounterState) bool {
		return q.Latest.CallID == "R2" && len(q.Recent) == 1 && q.Recent[0].CallID == "R1" && c.CallID == "R2"
	})
	if n := len(k.printer.Paths()); n != 3 {
		t.Fatalf("%d tickets printed, want 3", n)
	}
}

func findTicket(s *queue.State, callID string) (queue.Ticket, bool) {
	for id := range s.Seq + 1 {
		if t, ok := s.Ticket(id); ok && t.CallID == callID {
			return t, true
		}
	}
	return queue.Ticket{}, false
}
