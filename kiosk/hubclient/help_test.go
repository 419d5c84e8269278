package hubclient_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"vuoro/kiosk/flow"
	"vuoro/kiosk/hubclient"
	"vuoro/shared/wire"
)

// helpAnswer records help requests from the n-th publish on, as the hub
// does: the help state names the request; tickets are issued as
// ticketFor(1) does.
func helpAnswer(from int, id uint64) func(int, wire.Message) wire.Message {
	return func(n int, m wire.Message) wire.Message {
		req, ok := m.(*wire.HelpRequest)
		switch {
		case !ok:
			return ticketFor(1)(n, m)
		case n < from:
			return nil
		}
		return &wire.HelpState{Header: wire.NewHeader(time.Now()), Device: req.Device, Help: id, State: wire.HelpOpen, RequestID: req.ID}
	}
}

func TestHelpWaitsForTheHubsRecord(t *testing.T) {
	l := newFakeLink()
	l.answer = helpAnswer(2, 57) // the first send is lost
	c := newClient(t, l)
	states := make(chan *wire.HelpState, 4)
	c.OnHelpState(func(h *wire.HelpState) { states <- h })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	id, err := c.Help(ctx, flow.HelpCall{Lang: "sv", Screen: "service"})
	if err != nil || id != 57 {
		t.Fatalf("Help = %d, %v; want the hub's id 57", id, err)
	}
	sent := l.sent()
	a, b := sent[0].(*wire.HelpRequest), sent[len(sent)-1].(*wire.HelpRequest)
	if len(sent) < 2 || a.ID != b.ID || a.Lang != "sv" || a.Screen != "service" || a.TicketRequest != "" {
		t.Fatalf("sent %d requests, first %+v, last %+v; want one request re-sent", len(sent), a, b)
	}
	if h := <-states; h.Help != 57 || h.State != wire.HelpOpen {
		t.Fatalf("state handed on: %+v", h)
	}
}

func TestHelpAfterTicketNamesItsRequest(t *testing.T) {
	l := newFakeLink()
	l.answer = helpAnswer(1, 8)
	c := newClient(t, l)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := c.Issue(ctx, "vero-veroasiat", "fi"); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Help(ctx, flow.HelpCall{Lang: "fi", Screen: "success", AfterTicket: true}); err != nil {
		t.Fatal(err)
	}
	sent := l.sent()
	ticket, help := sent[0].(*wire.TicketRequest), sent[len(sent)-1].(*wire.HelpRequest)
	if help.TicketRequest != ticket.ID {
		t.Fatalf("help names ticket request %q, want %q", help.TicketRequest, ticket.ID)
	}
}

func TestHelpWithoutAnswerFails(t *testing.T) {
	for name, sendErr := range map[string]error{"hub silent": nil, "disconnected": errors.New("devlink: not connected to the hub")} {
		t.Run(name, func(t *testing.T) {
			l := newFakeLink()
			l.sendErr = sendErr
			ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
			defer cancel()
			_, err := newClient(t, l).Help(ctx, flow.HelpCall{Lang: "fi", Screen: "start"})
			if !errors.Is(err, hubclient.ErrNoReply) || sendErr != nil && !errors.Is(err, sendErr) {
				t.Fatalf("Help = %v, want no reply (and the send error)", err)
			}
		})
	}
}
