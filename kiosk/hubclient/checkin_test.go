package hubclient_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"vuoro/kiosk/flow"
	"vuoro/kiosk/hubclient"
	"vuoro/shared/hetu"
	"vuoro/shared/wire"
)

var key = []byte("the site's check-in key")

// A card's check-in goes as the code's keyed hash, re-sent under one id
// until the hub answers; the code itself is in no message.
func TestCheckInByCard(t *testing.T) {
	l := newFakeLink()
	l.answer = func(n int, m wire.Message) wire.Message {
		req := m.(*wire.CheckinRequest)
		if n < 2 { // the first send is lost
			return nil
		}
		if req.HetuMAC != hetu.MAC(key, "010280-952L") {
			return &wire.CheckinReply{Header: wire.NewHeader(time.Now()), RequestID: req.ID, Error: &wire.Error{Code: wire.ErrCodeNoMatch}}
		}
		return &wire.CheckinReply{Header: wire.NewHeader(time.Now()), RequestID: req.ID,
			Checkin: &wire.Checkin{Ticket: wire.Ticket{CallID: "R20"}, FirstName: "Matti", Room: "6"}}
	}
	c, err := hubclient.New(l, hubclient.Options{Site: "lahti", Device: "kiosk-1", Retry: 20 * time.Millisecond, Logger: quiet, CheckinKey: key})
	if err != nil {
		t.Fatal(err)
	}
	id, _ := hetu.Parse("010280-952L")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	got, err := c.CheckIn(ctx, flow.CheckinQuery{Lang: "fi", Agency: "vero", ID: id})
	if err != nil || got.Ticket.CallID != "R20" || got.FirstName != "Matti" {
		t.Fatalf("CheckIn = %+v, %v", got, err)
	}
	sent := l.sent()
	first, last := sent[0].(*wire.CheckinRequest), sent[len(sent)-1].(*wire.CheckinRequest)
	if len(sent) < 2 || first.ID != last.ID || first.Agency != "vero" {
		t.Fatalf("sent %d requests, first %+v, last %+v; want one request re-sent", len(sent), first, last)
	}
	for _, m := range sent {
		b, _ := wire.Encode(m)
		if strings.Contains(string(b), "010280") {
			t.Fatalf("the code crossed MQTT in clear: %s", b)
		}
	}
}

func TestCheckInRefusedAndWithoutKey(t *testing.T) {
	l := newFakeLink()
	l.answer = func(_ int, m wire.Message) wire.Message {
		return &wire.CheckinReply{Header: wire.NewHeader(time.Now()), RequestID: m.(*wire.CheckinRequest).ID,
			Error: &wire.Error{Code: wire.ErrCodeAmbiguous, Message: "2 appointments"}}
	}
	c := newClient(t, l) // no key
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := c.CheckIn(ctx, flow.CheckinQuery{Lang: "sv", Name: "Åsa Öberg", Time: "13:30"})
	var ref *hubclient.RefusedError
	if !errors.As(err, &ref) || ref.RefusalCode() != wire.ErrCodeAmbiguous {
		t.Fatalf("CheckIn = %v, want refused as ambiguous", err)
	}
	id, _ := hetu.Parse("010280-952L")
	if _, err := c.CheckIn(ctx, flow.CheckinQuery{Lang: "fi", ID: id}); !errors.Is(err, hubclient.ErrNoKey) {
		t.Fatalf("a card on a kiosk without a key: %v", err)
	}
}
