package feed_test

import (
	"bytes"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/display/feed"
)

// fakeLink delivers payloads to the handlers subscribed to a topic.
type fakeLink struct {
	mu        sync.Mutex
	subs      map[string]func([]byte)
	connected bool
}

func newFakeLink() *fakeLink { return &fakeLink{subs: map[string]func([]byte){}} }

func (l *fakeLink) Subscribe(topic string, h func([]byte)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.subs[topic] = h
}

func (l *fakeLink) Connected() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.connected
}

func (l *fakeLink) deliver(t *testing.T, topic, payload string) {
	t.Helper()
	l.mu.Lock()
	h, ok := l.subs[topic]
	l.mu.Unlock()
	if !ok {
		t.Fatalf("nothing subscribed to %s", topic)
	}
	h([]byte(payload))
}

// recorder counts OnChange calls and captures the log.
type recorder struct {
	mu      sync.Mutex
	changes int
	log     bytes.Buffer
}

func (r *recorder) options() feed.Options {
	return feed.Options{
		Logger: slog.New(slog.NewTextHandler(&syncWriter{r: r}, nil)),
		OnChange: func() {
			r.mu.Lock()
			defer r.mu.Unlock()
			r.changes++
		},
	}
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.changes
}

type syncWriter struct{ r *recorder }

func (w *syncWriter) Write(p []byte) (int, error) {
	w.r.mu.Lock()
	defer w.r.mu.Unlock()
	return w.r.log.Write(p)
}

const (
	displayTopic = "vuoro/v1/lahti/display"
	callTopic    = "vuoro/v1/lahti/call"
	roomTopic    = "vuoro/v1/lahti/room/6"

	snapshotJSON = `{"v":1,"id":"m8","sent":"2026-11-22T10:15:00Z","seq":42,"calls":[{"seq":42,"call_id":"A22","room":"6","at":"2026-11-22T10:15:00Z"},{"seq":40,"call_id":"A21","room":"5","at":"2026-11-22T10:15:00Z"}]}`
	callJSON     = `{"v":1,"id":"m7","sent":"2026-11-22T10:15:00Z","seq":43,"call_id":"R19","room":"3","at":"2026-11-22T10:15:00Z"}`
	roomJSON     = `{"v":1,"id":"m9","sent":"2026-11-22T10:15:00Z","seq":42,"room":"6","call_id":"A22","since":"2026-11-22T10:15:00Z"}`
	secret       = "010280-952L" // must never reach the log
)

var rejects = []struct{ name, payload string }{
	{"malformed", `{"v":1,"id":"` + secret},
	{"wrong version", `{"v":2,"id":"m1","seq":99,"calls":[],"note":"` + secret + `"}`},
	{"invalid", `{"v":1,"id":"m1","seq":99,"calls":[{"seq":0,"call_id":"` + secret + `","room":""}]}`},
}

func TestQueueRejectsBadPayloads(t *testing.T) {
	link, rec := newFakeLink(), &recorder{}
	q := feed.NewQueue(link, "lahti", board.NewQueueBoard(time.UTC), rec.options())
	q.Start()
	for _, r := range rejects {
		link.deliver(t, displayTopic, r.payload)
		link.deliver(t, callTopic, r.payload)
	}
	if got, want := q.Rejected(), uint64(2*len(rejects)); got != want {
		t.Errorf("Rejected() = %d, want %d", got, want)
	}
	if rec.count() != 0 || q.State().Latest != (board.Entry{}) {
		t.Fatalf("a rejected payload changed the board: %+v", q.State())
	}
	link.deliver(t, displayTopic, snapshotJSON)
	link.deliver(t, callTopic, callJSON)
	link.deliver(t, callTopic, callJSON) // duplicate: no change
	if got := q.State().Latest; got != (board.Entry{CallID: "R19", Room: "3"}) {
		t.Errorf("Latest = %+v after good payloads", got)
	}
	if rec.count() != 2 {
		t.Errorf("OnChange called %d times, want 2", rec.count())
	}
	checkLog(t, rec)
}

func checkLog(t *testing.T, rec *recorder) {
	t.Helper()
	rec.mu.Lock()
	defer rec.mu.Unlock()
	log := rec.log.String()
	if strings.Contains(log, secret) {
		t.Errorf("log quotes a payload:\n%s", log)
	}
	for _, want := range []string{"fault=malformed", `fault="protocol version"`, "fault=invalid", "bytes="} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %s:\n%s", want, log)
		}
	}
}

func TestQueueTick(t *testing.T) {
	link := newFakeLink()
	q := feed.NewQueue(link, "lahti", board.NewQueueBoard(time.UTC), feed.Options{})
	q.Start()
	q.Tick(time.Date(2023, 1, 24, 9, 54, 0, 0, time.UTC))
	if s := q.State(); s.Connected || s.Clock != "Tiistai 24.1.2023 09:54" {
		t.Errorf("State() = %+v", s)
	}
	link.mu.Lock()
	link.connected = true
	link.mu.Unlock()
	q.Tick(time.Date(2023, 1, 24, 9, 55, 0, 0, time.UTC))
	if q.State().Connected {
		t.Error("connected with the link up but no heartbeat yet")
	}
	link.deliver(t, "vuoro/v1/lahti/heartbeat", `{"v":1,"id":"b","time":"2023-01-24T09:55:00Z","log":"log-a"}`)
	q.Tick(time.Date(2023, 1, 24, 9, 55, 1, 0, time.UTC))
	if !q.State().Connected {
		t.Error("not connected after a heartbeat and a tick with the link up")
	}
	q.Tick(time.Date(2023, 1, 24, 9, 55, 6, 0, time.UTC))
	if q.State().Connected {
		t.Error("still connected 5 s after the last heartbeat")
	}
}

func TestCounterFeed(t *testing.T) {
	link, rec := newFakeLink(), &recorder{}
	c := feed.NewCounter(link, "lahti", "6", board.NewCounter("6"), rec.options())
	c.Start()
	for _, r := range rejects {
		link.deliver(t, roomTopic, r.payload)
	}
	link.deliver(t, roomTopic, roomJSON)
	if got, want := c.Rejected(), uint64(len(rejects)); got != want {
		t.Errorf("Rejected() = %d, want %d", got, want)
	}
	if s := c.State(); s.CallID != "A22" || s.Room != "6" || rec.count() != 1 {
		t.Errorf("State() = %+v after %d changes", s, rec.count())
	}
}

// TestConcurrent lets the race detector check the feed's locking.
func TestConcurrent(t *testing.T) {
	link := newFakeLink()
	q := feed.NewQueue(link, "lahti", board.NewQueueBoard(time.UTC), feed.Options{OnChange: func() {}})
	q.Start()
	var wg sync.WaitGroup
	wg.Go(func() {
		for range 100 {
			link.deliver(t, callTopic, callJSON)
		}
	})
	for i := range 100 {
		q.Tick(time.Unix(int64(i), 0))
		_ = q.State()
	}
	wg.Wait()
}
