package feed_test

import (
	"slices"
	"sync"
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/display/feed"
)

// calls records what a feed passes on to be announced.
type calls struct {
	mu   sync.Mutex
	seen []board.Entry
}

func (c *calls) add(e board.Entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seen = append(c.seen, e)
}

func (c *calls) check(t *testing.T, what string, want ...board.Entry) {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	if !slices.Equal(c.seen, want) {
		t.Errorf("after %s: announced %v, want %v", what, c.seen, want)
	}
}

// The queue display announces each call message it takes, a recall too,
// and never the calls of the snapshot replayed when it (re)connects.
func TestQueueAnnouncesNewCalls(t *testing.T) {
	link, got := newFakeLink(), &calls{}
	q := feed.NewQueue(link, "lahti", board.NewQueueBoard(time.UTC), feed.Options{OnCall: got.add})
	q.Start()
	link.deliver(t, displayTopic, snapshotJSON)
	got.check(t, "the retained snapshot")
	link.deliver(t, callTopic, callJSON)
	link.deliver(t, callTopic, callJSON) // delivered twice
	r19 := board.Entry{CallID: "R19", Room: "3"}
	got.check(t, "a call", r19)
	link.deliver(t, callTopic, `{"v":1,"id":"m10","sent":"2026-11-22T10:16:00Z","seq":44,"call_id":"R19","room":"3","at":"2026-11-22T10:16:00Z","recall":true}`)
	got.check(t, "a recall", r19, r19)
	link.deliver(t, displayTopic, `{"v":1,"id":"m11","sent":"2026-11-22T10:17:00Z","seq":50,"calls":[{"seq":50,"call_id":"B7","room":"2","at":"2026-11-22T10:17:00Z"}]}`)
	got.check(t, "a newer snapshot after a reconnect", r19, r19)
}

// The counter display announces a new visit called to its room, not the
// state it starts from.
func TestCounterAnnouncesNewCalls(t *testing.T) {
	link, got := newFakeLink(), &calls{}
	c := feed.NewCounter(link, "lahti", "6", board.NewCounter("6"), feed.Options{OnCall: got.add})
	c.Start()
	link.deliver(t, roomTopic, roomJSON)
	got.check(t, "the retained state")
	link.deliver(t, roomTopic, `{"v":1,"id":"m12","sent":"2026-11-22T10:16:00Z","seq":43,"room":"6","call_id":"A23","since":"2026-11-22T10:16:00Z"}`)
	link.deliver(t, roomTopic, `{"v":1,"id":"m13","sent":"2026-11-22T10:17:00Z","seq":44,"room":"6","since":"2026-11-22T10:17:00Z"}`)
	got.check(t, "a call and the room freed", board.Entry{CallID: "A23", Room: "6"})
}

// A recall (the hub's room state of the same visit, called once more)
// chimes the counter display again; the same state delivered twice does not.
func TestCounterAnnouncesARecall(t *testing.T) {
	link, got := newFakeLink(), &calls{}
	c := feed.NewCounter(link, "lahti", "6", board.NewCounter("6"), feed.Options{OnCall: got.add})
	c.Start()
	link.deliver(t, roomTopic, `{"v":1,"id":"m20","sent":"2026-11-22T10:16:00Z","seq":43,"room":"6","status":"open","since":"2026-11-22T10:16:00Z"}`)
	link.deliver(t, roomTopic, `{"v":1,"id":"m21","sent":"2026-11-22T10:16:00Z","seq":44,"room":"6","status":"called","call_id":"A23","visit":9,"since":"2026-11-22T10:16:00Z"}`)
	recall := `{"v":1,"id":"m22","sent":"2026-11-22T10:17:00Z","seq":45,"room":"6","status":"called","call_id":"A23","visit":9,"since":"2026-11-22T10:16:00Z","recalls":1}`
	link.deliver(t, roomTopic, recall)
	link.deliver(t, roomTopic, recall)
	a23 := board.Entry{CallID: "A23", Room: "6"}
	got.check(t, "a call and its recall", a23, a23)
	if !c.Light() {
		t.Error("the call light went out on a recall")
	}
}

// OnCall runs with the feed unlocked: it may read the feed's state, as
// the display's settings may be read from it.
func TestOnCallUnlocked(t *testing.T) {
	link := newFakeLink()
	var q *feed.Queue
	got := make(chan board.Entry, 1)
	q = feed.NewQueue(link, "lahti", board.NewQueueBoard(time.UTC), feed.Options{OnCall: func(board.Entry) { got <- q.State().Latest }})
	q.Start()
	link.deliver(t, callTopic, callJSON)
	if e := <-got; e != (board.Entry{CallID: "R19", Room: "3"}) {
		t.Errorf("OnCall saw the board's latest call %v", e)
	}
}
