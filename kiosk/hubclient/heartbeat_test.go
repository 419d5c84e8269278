package hubclient_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"vuoro/kiosk/hubclient"
	"vuoro/shared/wire"
)

// handClock is a clock the test moves by hand.
type handClock struct{ ns atomic.Int64 }

func (c *handClock) Now() time.Time          { return time.Unix(0, c.ns.Load()).UTC() }
func (c *handClock) Advance(d time.Duration) { c.ns.Add(int64(d)) }

const heartbeatTopic = "vuoro/v1/lahti/heartbeat"

// clockedClient is a client on a hand-moved clock whose online changes
// arrive on the returned channel.
func clockedClient(t *testing.T, l *fakeLink) (*hubclient.Client, *handClock, chan bool) {
	t.Helper()
	clk := &handClock{}
	clk.ns.Store(time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC).UnixNano())
	c, err := hubclient.New(l, hubclient.Options{Site: "lahti", Device: "kiosk-1", Retry: 20 * time.Millisecond,
		CancelFor: time.Second, Logger: quiet, Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	changes := make(chan bool, 8)
	c.OnOnline(func(on bool) { changes <- on })
	return c, clk, changes
}

func beat(l *fakeLink, hubNow time.Time, log string) {
	l.deliver(heartbeatTopic, &wire.Heartbeat{Header: wire.NewHeader(hubNow), Time: hubNow, Log: log})
}

func wantChange(t *testing.T, changes chan bool, want bool) {
	t.Helper()
	select {
	case got := <-changes:
		if got != want {
			t.Fatalf("online changed to %v, want %v", got, want)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("online did not change to %v", want)
	}
}

// The kiosk counts the hub lost when heartbeats stop (a stopped or hung
// hub alike), within 5 s, and online again at the next heartbeat, also
// from a restarted hub with a new log.
func TestOnlineFollowsHeartbeats(t *testing.T) {
	l := newFakeLink()
	c, clk, changes := clockedClient(t, l)
	if c.Online() {
		t.Fatal("online before any heartbeat")
	}
	if !c.Reachable() {
		t.Fatal("not reachable before any heartbeat: a kiosk just started would issue offline")
	}
	beat(l, clk.Now(), "log-a")
	wantChange(t, changes, true)
	for range 3 { // beats stop; the clock goes on
		clk.Advance(time.Second)
		c.Tick(clk.Now())
	}
	if !c.Online() {
		t.Fatal("lost 3 s after the last heartbeat; the limit is wire.HeartbeatLost")
	}
	clk.Advance(250 * time.Millisecond) // the next check of Start's watch
	c.Tick(clk.Now())
	wantChange(t, changes, false)
	if c.Online() {
		t.Fatal("online 3.25 s after the last heartbeat")
	}
	if c.Reachable() {
		t.Fatal("reachable with the heartbeats stopped: a hung hub would keep the kiosk from its blocks")
	}
	beat(l, clk.Now(), "log-b") // the hub restarted with a new log
	wantChange(t, changes, true)
	if !c.Reachable() {
		t.Fatal("not reachable once heartbeats are back")
	}
}

// A request states its deadline in the hub's time: the kiosk's give-up
// time moved by the offset of the hub's clock, less the margin for the
// reply. Before any heartbeat it carries none.
func TestRequestDeadlineInHubTime(t *testing.T) {
	l := newFakeLink()
	l.answer = ticketFor(1)
	c, clk, changes := clockedClient(t, l)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if _, err := c.Issue(ctx, "vero-veroasiat", "fi"); err != nil {
		t.Fatal(err)
	}
	if d := l.sent()[0].(*wire.TicketRequest).Deadline; !d.IsZero() {
		t.Fatalf("deadline %v before the hub's time is known", d)
	}
	skew := 7 * time.Minute // the hub's clock is 7 minutes ahead
	beat(l, clk.Now().Add(skew), "log-a")
	wantChange(t, changes, true)
	if _, err := c.Issue(ctx, "vero-veroasiat", "fi"); err != nil {
		t.Fatal(err)
	}
	sent := l.sent()
	got := sent[len(sent)-1].(*wire.TicketRequest).Deadline
	dl, _ := ctx.Deadline()
	want := clk.Now().Add(time.Until(dl)).Add(skew - time.Second)
	if got.Sub(want).Abs() > 500*time.Millisecond {
		t.Fatalf("deadline %v, want about %v (hub time)", got, want)
	}
}

// A kiosk that gives up on a request cancels it with the same id until
// the hub acknowledges.
func TestGiveUpCancelsUntilAcknowledged(t *testing.T) {
	l := newFakeLink()
	var mu sync.Mutex
	cancels := 0
	l.answer = func(_ int, m wire.Message) wire.Message {
		cm, ok := m.(*wire.TicketCancel)
		if !ok {
			return nil // the hub hangs: no ticket reply
		}
		mu.Lock()
		defer mu.Unlock()
		if cancels++; cancels < 3 {
			return nil // the first cancels are lost
		}
		return &wire.TicketReply{Header: wire.NewHeader(time.Now()), RequestID: cm.RequestID,
			Error: &wire.Error{Code: wire.ErrCodeCancelled, Message: "cancelled"}}
	}
	c, _, _ := clockedClient(t, l)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, err := c.Issue(ctx, "vero-veroasiat", "fi"); !errors.Is(err, hubclient.ErrNoReply) {
		t.Fatalf("Issue = %v, want no reply", err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		mu.Lock()
		n := cancels
		mu.Unlock()
		if n >= 3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d cancels sent, want 3", n)
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond) // several Retry periods
	sent := l.sent()
	req := sent[0].(*wire.TicketRequest)
	var ids []string
	for _, m := range sent {
		if cm, ok := m.(*wire.TicketCancel); ok {
			ids = append(ids, cm.RequestID)
			if cm.Device != "kiosk-1" || cm.RequestID != req.ID {
				t.Errorf("cancel %+v does not name request %s of kiosk-1", cm, req.ID)
			}
		}
	}
	if len(ids) != 3 {
		t.Errorf("%d cancels sent, want 3: sending stops at the hub's acknowledgement", len(ids))
	}
}

// An unacknowledged cancel is re-sent only for CancelFor.
func TestGiveUpIsBounded(t *testing.T) {
	l := newFakeLink() // a hub that never answers
	c, _, _ := clockedClient(t, l)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := c.Issue(ctx, "vero-veroasiat", "fi"); !errors.Is(err, hubclient.ErrNoReply) {
		t.Fatalf("Issue = %v, want no reply", err)
	}
	time.Sleep(1500 * time.Millisecond) // past CancelFor of 1 s
	n := len(l.sent())
	time.Sleep(200 * time.Millisecond)
	if m := len(l.sent()); m != n {
		t.Fatalf("still sending after CancelFor: %d then %d messages", n, m)
	}
}
