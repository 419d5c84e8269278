package devsync_test

import (
	"sync/atomic"
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/display/feed"
	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// beatLink is a display's link to the hub that counts the heartbeats its
// feed has taken, so a test can pass the display's clock right after one.
type beatLink struct {
	feed.Link
	beats atomic.Int64
}

func (l *beatLink) Subscribe(topic string, h func([]byte)) {
	if topic != (wire.Topic{Kind: wire.KindHeartbeat, Site: "lahti"}).String() {
		l.Link.Subscribe(topic, h)
		return
	}
	l.Link.Subscribe(topic, func(b []byte) { h(b); l.beats.Add(1) })
}

// pair is a queue display and room 6's counter display on a clock the
// test passes by hand, as their one-second ticker would.
type pair struct {
	q      *feed.Queue
	c      *feed.Counter
	ql, cl *beatLink
	now    time.Time
}

func newPair(t *testing.T, url string) *pair {
	p := &pair{ql: &beatLink{Link: deviceLink(t, url, "qd", "queue-display")},
		cl: &beatLink{Link: deviceLink(t, url, "cd-6", "counter-display")}, now: time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)}
	p.q = feed.NewQueue(p.ql, "lahti", board.NewQueueBoard(time.UTC), feed.Options{Logger: quietLog})
	p.c = feed.NewCounter(p.cl, "lahti", "6", board.NewCounter("6"), feed.Options{Logger: quietLog})
	p.q.Start()
	p.c.Start()
	return p
}

// tick passes d on the displays' clock.
func (p *pair) tick(d time.Duration) {
	p.now = p.now.Add(d)
	p.q.Tick(p.now)
	p.c.Tick(p.now)
}

// beats returns how many heartbeats each display has taken.
func (p *pair) beats() [2]int64 { return [2]int64{p.ql.beats.Load(), p.cl.beats.Load()} }

// beatAfter waits until both displays have taken a heartbeat after they
// had taken those counted in before.
func (p *pair) beatAfter(t *testing.T, before [2]int64) {
	waitUntil(t, "both displays hear the hub", func() bool { now := p.beats(); return now[0] > before[0] && now[1] > before[1] })
}

// shows reports whether both displays are live and show call in room 6.
func (p *pair) shows(call string) bool {
	q, c := p.q.State(), p.c.State()
	return q.Connected && c.Connected && q.Latest == board.Entry{CallID: call, Room: "6"} && c.CallID == call
}

// A hub hung on its disk stops its heartbeat; both displays keep the last
// call marked as connection lost. When it resumes, the call its clerk made
// meanwhile is published and its heartbeat comes back, and at the
// displays' next tick (one second on their clock) they are live again and
// show that call: within 2 s of the hub's return.
func TestDisplaysConvergeWhenTheHubReturns(t *testing.T) {
	eng, gate, url := hungHub(t)
	p := newPair(t, url)
	for range 2 {
		if _, err := eng.Issue("kiosk:k1", queue.IssueRequest{Service: "vero-veroasiat", Device: "k1"}); err != nil {
			t.Fatal(err)
		}
	}
	first, err := eng.CallNext("vero", []string{"vero-veroasiat"}, "6")
	if err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "both displays show the first call", func() bool { p.beatAfter(t, p.beats()); p.tick(time.Second); return p.shows(first.CallID) })

	gate.close() // the disk hangs: a kiosk's request hangs the hub's loop, and its heartbeat stops
	k, _ := device(t, url)
	send(t, k, ticketRequest("req-hung", time.Now().Add(time.Minute)))
	called := make(chan queue.Ticket, 1)
	go func() { // the clerk ends the visit and calls the next: decided, not yet durable
		eng.End("vero", first.ID)
		next, _ := eng.CallNext("vero", []string{"vero-veroasiat"}, "6")
		called <- next
	}()
	time.Sleep(2 * wire.HeartbeatEvery) // beats sent before the hang have arrived
	p.tick(wire.HeartbeatLost + time.Second)
	if q, c := p.q.State(), p.c.State(); q.Connected || c.Connected || q.Latest.CallID != first.CallID || c.CallID != first.CallID {
		t.Fatalf("hub hung: queue %+v, counter %+v; want the first call marked lost", q, c)
	}

	hung := p.beats()
	back := time.Now()
	gate.open()
	p.beatAfter(t, hung)
	heard := time.Since(back)
	next := <-called
	waitUntil(t, "both displays have the call made while the hub hung", func() bool {
		q, c := p.q.State(), p.c.State()
		return q.Latest.CallID == next.CallID && c.CallID == next.CallID
	})
	arrived := time.Since(back)
	p.tick(time.Second)
	if !p.shows(next.CallID) {
		t.Fatalf("a tick after the hub's return: queue %+v, counter %+v", p.q.State(), p.c.State())
	}
	t.Logf("hub back → heartbeat at both displays %v, the call at both %v; live and current at the next tick (≤ 1 s on the display's clock)",
		heard.Round(time.Millisecond), arrived.Round(time.Millisecond))
	if arrived+time.Second > 2*time.Second {
		t.Errorf("the displays converged %v after the hub's return (the hub's messages took %v, plus a tick), want within 2 s",
			arrived+time.Second, arrived)
	}
}
