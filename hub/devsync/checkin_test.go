package devsync_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"vuoro/hub/queue"
	"vuoro/hub/queue/queuetest"
	"vuoro/shared/hetu"
	"vuoro/shared/wire"
)

var checkinKey = []byte("the test site's check-in key....")

// A kiosk checks citizens in for their appointments: by a card's code
// (as its keyed hash) and by name and time; a repeat gets the same
// ticket; two fitting appointments and none are refused with their codes.
func TestCheckinOverMQTT(t *testing.T) {
	helsinki, _ := time.LoadLocation("Europe/Helsinki")
	clock := queuetest.NewClock(time.Date(2026, 11, 23, 12, 50, 0, 0, helsinki))
	eng, _, url := hubAt(t, clock)
	at := func(h, m int) time.Time { return time.Date(2026, 11, 23, h, m, 0, 0, helsinki) }
	book := func(service string, at time.Time, name, code string) queue.Appointment {
		a, err := eng.Book("clerk:test", service, at, queue.Person{Name: name, HETU: code})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	matti := book("vero-veroasiat", at(13, 0), "Matti Virtanen", "010280-952L")
	book("vero-veroasiat", at(13, 15), "Åsa Öberg", "")
	book("vero-veroasiat", at(14, 0), "Anna Korhonen", "")
	book("kela-asiointi", at(14, 10), "Anna Korhonen", "")
	book("vero-veroasiat", at(15, 0), "Eero Myöhä", "")
	c := checkinDevice(t, url)

	byCode := wire.CheckinRequest{Header: wire.NewHeader(clock.Now()), Device: "k1", Lang: "fi", HetuMAC: hetu.MAC(checkinKey, "010280-952L")}
	first := c.ask(t, byCode)
	if first.Checkin == nil || first.Checkin.FirstName != "Matti" || !first.Checkin.At.Equal(matti.At) || first.Checkin.Ticket.Service != "vero-veroasiat" {
		t.Fatalf("by code: %+v %+v", first.Checkin, first.Error)
	}
	if again := c.ask(t, byCode); again.Checkin == nil || again.Checkin.Ticket.CallID != first.Checkin.Ticket.CallID {
		t.Fatalf("the same request again: %+v, want %s", again.Checkin, first.Checkin.Ticket.CallID)
	}
	eng.Read(func(s *queue.State) {
		if w := s.Waiting("vero-veroasiat"); len(w) != 1 || !w[0].Appointment.Equal(matti.At) {
			t.Fatalf("waiting %+v, want Matti's one ticket, called at 13:00", w)
		}
	})
	byName := c.ask(t, wire.CheckinRequest{Header: wire.NewHeader(clock.Now()), Device: "k1", Lang: "sv", Name: "oberg asa", Time: "13:25"})
	if byName.Checkin == nil || byName.Checkin.FirstName != "Åsa" {
		t.Fatalf("by name: %+v %+v", byName.Checkin, byName.Error)
	}
	for _, tt := range []struct {
		r    wire.CheckinRequest
		code string
	}{
		{wire.CheckinRequest{Name: "Anna Korhonen", Time: "14:05"}, wire.ErrCodeAmbiguous},
		{wire.CheckinRequest{Name: "Ville Vallaton", Time: "13:00"}, wire.ErrCodeNoMatch},
		{wire.CheckinRequest{HetuMAC: hetu.MAC([]byte("another key"), "010280-952L")}, wire.ErrCodeNoMatch},
	} {
		tt.r.Header, tt.r.Device, tt.r.Lang = wire.NewHeader(clock.Now()), "k1", "en"
		if r := c.ask(t, tt.r); r.Error == nil || r.Error.Code != tt.code {
			t.Errorf("%+v: %+v %+v, want %s", tt.r, r.Checkin, r.Error, tt.code)
		}
	}

	// The service's check-in window: 30 min before to 10 min after by
	// default, a late arrival refused.
	early := c.ask(t, wire.CheckinRequest{Header: wire.NewHeader(clock.Now()), Device: "k1", Lang: "fi", Name: "Eero Myöhä", Time: "15:00"})
	if early.Error == nil || early.Error.Code != wire.ErrCodeTooEarly || !early.OpensAt.Equal(at(14, 30)) {
		t.Fatalf("at 12:50 for 15:00: %+v %+v opens %v, want too early, opens 14:30", early.Checkin, early.Error, early.OpensAt)
	}
	clock.Set(at(15, 11))
	late := c.ask(t, wire.CheckinRequest{Header: wire.NewHeader(clock.Now()), Device: "k1", Lang: "fi", Name: "Eero Myöhä", Time: "15:00"})
	if late.Error == nil || late.Error.Code != wire.ErrCodeTooLate {
		t.Fatalf("at 15:11 for 15:00: %+v %+v, want too late", late.Checkin, late.Error)
	}
}

// No log line of a check-in holds the name or the code.
func TestCheckinLogsNoPersonalData(t *testing.T) {
	var buf bytes.Buffer
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&buf, nil)))
	defer slog.SetDefault(old)
	TestCheckinOverMQTT(t)
	for _, s := range []string{"Virtanen", "010280", "Öberg", "oberg", "Korhonen", "Vallaton", "Myöhä"} {
		if bytes.Contains(buf.Bytes(), []byte(s)) {
			t.Errorf("a log line holds %q:\n%s", s, buf.String())
		}
	}
	if !bytes.Contains(buf.Bytes(), []byte("appointment checked in")) {
		t.Errorf("no check-in was logged:\n%s", buf.String())
	}
}

type checkinClient struct {
	c       mqtt.Client
	replies chan *wire.CheckinReply
}

func checkinDevice(t *testing.T, url string) checkinClient {
	c, _ := device(t, url)
	cc := checkinClient{c: c, replies: make(chan *wire.CheckinReply, 10)}
	c.Subscribe(wire.Topic{Kind: wire.KindCheckinReply, Site: "lahti", ID: "k1"}.String(), 1, func(_ mqtt.Client, m mqtt.Message) {
		if r, err := wire.Decode[wire.CheckinReply](m.Payload()); err == nil {
			cc.replies <- r
		}
	}).Wait()
	return cc
}

// ask sends r and returns the hub's reply to it.
func (c checkinClient) ask(t *testing.T, r wire.CheckinRequest) *wire.CheckinReply {
	t.Helper()
	r.V = wire.Version
	payload, _ := json.Marshal(r)
	c.c.Publish(wire.Topic{Kind: wire.KindCheckin, Site: "lahti", ID: "k1"}.String(), 1, false, payload).Wait()
	for {
		select {
		case got := <-c.replies:
			if got.RequestID == r.ID {
				return got
			}
		case <-time.After(5 * time.Second):
			t.Fatal("no reply from the hub")
			return nil
		}
	}
}
