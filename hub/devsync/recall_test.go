package devsync_test

import (
	"sync"
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/display/feed"
	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// announced records the calls a display's feed passes on to chime for.
type announced struct {
	mu    sync.Mutex
	calls []board.Entry
}

func (a *announced) add(e board.Entry) { a.mu.Lock(); a.calls = append(a.calls, e); a.mu.Unlock() }

func (a *announced) count() int { a.mu.Lock(); defer a.mu.Unlock(); return len(a.calls) }

// A clerk's recall reaches the counter display of the room as the room's
// state once more, and the counter chimes again and highlights the number
// with its call light still lit, each time the clerk recalls.
func TestARecallChimesTheCounterAgain(t *testing.T) {
	eng, _, url := hub(t)
	got := &announced{}
	counter := feed.NewCounter(deviceLink(t, url, "cd-6", "counter-display"), "lahti", "6", board.NewCounter("6"),
		feed.Options{Logger: quietLog, OnCall: got.add})
	counter.Start()
	if err := eng.OpenRoom("vero", "6"); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the counter shows the room open", func() bool { return counter.State().Status == wire.RoomOpen })
	if _, err := eng.Issue("kiosk:k1", queue.IssueRequest{Service: "vero-veroasiat", Device: "k1"}); err != nil {
		t.Fatal(err)
	}
	v, err := eng.CallNext("vero", []string{"vero-veroasiat"}, "6")
	if err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the counter chimes for the call", func() bool { return got.count() == 1 })
	for n := 2; n <= 3; n++ {
		if _, err := eng.Recall("vero", v.ID); err != nil {
			t.Fatal(err)
		}
		waitUntil(t, "the counter chimes for the recall", func() bool { return got.count() == n })
		counter.Tick(time.Now())
		if s := counter.State(); s.CallID != v.CallID || !s.Flash || !counter.Light() {
			t.Fatalf("after recall %d the counter shows %+v, light %v", n-1, s, counter.Light())
		}
	}
}
