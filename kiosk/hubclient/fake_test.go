package hubclient_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"vuoro/kiosk/hubclient"
	"vuoro/shared/wire"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// fakeLink is a Link whose hub is a function: answer gets every published
// message and returns the reply to deliver, or nil to drop it.
type fakeLink struct {
	mu        sync.Mutex
	subs      map[string]func([]byte)
	published []wire.Message
	sendErr   error
	answer    func(n int, m wire.Message) wire.Message
}

func newFakeLink() *fakeLink { return &fakeLink{subs: map[string]func([]byte){}} }

func (f *fakeLink) Subscribe(topic string, h func([]byte)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.subs[topic] = h
}

func (f *fakeLink) Publish(topic string, m wire.Message, _ bool) error {
	f.mu.Lock()
	if f.sendErr != nil {
		defer f.mu.Unlock()
		return f.sendErr
	}
	f.published = append(f.published, m)
	n, answer := len(f.published), f.answer
	f.mu.Unlock()
	if answer != nil {
		if reply := answer(n, m); reply != nil {
			f.deliver(replyTopic(topic, reply), reply)
		}
	}
	return nil
}

// replyTopic is where the hub answers a message sent to topic.
func replyTopic(topic string, reply wire.Message) string {
	switch reply.(type) {
	case *wire.HelpState:
		return topic + "/state"
	case *wire.CheckinReply:
		return topic + "/reply"
	}
	return strings.TrimSuffix(strings.TrimSuffix(topic, "/cancel"), "/ticket") + "/ticket/reply"
}

func (f *fakeLink) deliver(topic string, m wire.Message) {
	b, err := wire.Encode(m)
	if err != nil {
		panic(err)
	}
	f.deliverRaw(topic, b)
}

func (f *fakeLink) deliverRaw(topic string, b []byte) {
	f.mu.Lock()
	h := f.subs[topic]
	f.mu.Unlock()
	if h != nil {
		go h(b) // as the MQTT client does, on another goroutine
	}
}

func (f *fakeLink) sent() []wire.Message {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]wire.Message(nil), f.published...)
}

// ticketFor answers a request with a ticket, from the n-th publish on.
func ticketFor(from int) func(int, wire.Message) wire.Message {
	return func(n int, m wire.Message) wire.Message {
		req := m.(*wire.TicketRequest)
		if n < from {
			return nil
		}
		return &wire.TicketReply{Header: wire.NewHeader(time.Now()), RequestID: req.ID,
			Ticket: &wire.Ticket{CallID: "R19", Service: req.Service, Ahead: 3}}
	}
}

func newClient(t *testing.T, l hubclient.Link) *hubclient.Client {
	t.Helper()
	c, err := hubclient.New(l, hubclient.Options{Site: "lahti", Device: "kiosk-1", Retry: 20 * time.Millisecond, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestIssue(t *testing.T) {
	tests := []struct {
		name     string
		answer   func(int, wire.Message) wire.Message
		minSends int
	}{
		{"first reply", ticketFor(1), 1},
		{"first request lost", ticketFor(2), 2},
		{"three lost", ticketFor(4), 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newFakeLink()
			l.answer = tt.answer
			c := newClient(t, l)
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			got, err := c.Issue(ctx, "vero-veroasiat", "fi")
			if err != nil || got.CallID != "R19" || got.Ahead != 3 {
				t.Fatalf("Issue = %+v, %v", got, err)
			}
			checkSameRequest(t, l.sent(), tt.minSends)
		})
	}
}

// checkSameRequest checks that every send repeated one request.
func checkSameRequest(t *testing.T, sent []wire.Message, min int) {
	t.Helper()
	if len(sent) < min {
		t.Fatalf("sent %d requests, want at least %d", len(sent), min)
	}
	first := sent[0].(*wire.TicketRequest)
	for _, m := range sent {
		if r := m.(*wire.TicketRequest); *r != *first {
			t.Errorf("request changed between sends: %+v vs %+v", r, first)
		}
	}
	if first.Device != "kiosk-1" || first.Persons != 1 || first.Lang != "fi" {
		t.Errorf("request = %+v", first)
	}
}

func TestIssueRefused(t *testing.T) {
	l := newFakeLink()
	l.answer = func(_ int, m wire.Message) wire.Message {
		return &wire.TicketReply{Header: wire.NewHeader(time.Now()), RequestID: m.(*wire.TicketRequest).ID,
			Error: &wire.Error{Code: wire.ErrCodeFull, Message: "queue full"}}
	}
	_, err := newClient(t, l).Issue(context.Background(), "vero-veroasiat", "sv")
	var ref *hubclient.RefusedError
	if !errors.As(err, &ref) || ref.RefusalCode() != wire.ErrCodeFull {
		t.Fatalf("Issue error = %v, want a refusal %q", err, wire.ErrCodeFull)
	}
}

func TestIssueNoHub(t *testing.T) {
	l := newFakeLink()
	l.sendErr = errors.New("devlink: not connected to the hub")
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err := newClient(t, l).Issue(ctx, "vero-veroasiat", "fi")
	if !errors.Is(err, hubclient.ErrNoReply) || !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, l.sendErr) {
		t.Fatalf("Issue error = %v", err)
	}
}

func TestIssueIgnoresOtherReplies(t *testing.T) {
	l := newFakeLink()
	l.answer = func(n int, m wire.Message) wire.Message {
		id := m.(*wire.TicketRequest).ID
		if n == 1 {
			id = "someone-else"
		}
		return &wire.TicketReply{Header: wire.NewHeader(time.Now()), RequestID: id, Ticket: &wire.Ticket{CallID: "R" + id[:1]}}
	}
	c := newClient(t, l)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	got, err := c.Issue(ctx, "vero-veroasiat", "fi")
	if err != nil || got.CallID == "Rs" {
		t.Fatalf("Issue = %+v, %v", got, err)
	}
}

func TestIssueRejectsBadArguments(t *testing.T) {
	l := newFakeLink()
	if _, err := newClient(t, l).Issue(context.Background(), "vero-veroasiat", "de"); err == nil {
		t.Fatal("Issue accepted language de")
	}
	if len(l.sent()) != 0 {
		t.Error("an invalid request was sent")
	}
}

func TestNewRejectsBadIDs(t *testing.T) {
	if _, err := hubclient.New(newFakeLink(), hubclient.Options{Site: "Lahti", Device: "kiosk-1"}); err == nil {
		t.Fatal("New accepted site Lahti")
	}
}

func TestOnCatalog(t *testing.T) {
	l := newFakeLink()
	got := make(chan *wire.Catalog, 2)
	newClient(t, l).OnCatalog(func(c *wire.Catalog) { got <- c })
	topic := "vuoro/v1/lahti/catalog"
	l.deliverRaw(topic, []byte(`{"v":1,"id":"x","site":{}`)) // malformed
	l.deliver(topic, &wire.Catalog{Header: wire.NewHeader(time.Now()), Site: wire.Site{ID: "lahti"}})
	select {
	case c := <-got:
		if c.Site.ID != "lahti" {
			t.Errorf("catalog = %+v", c)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no catalog")
	}
	select {
	case c := <-got:
		t.Errorf("a malformed catalog was handed on: %+v", c)
	case <-time.After(50 * time.Millisecond):
	}
}
