package devsync_test

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"vuoro/hub/queue"
	"vuoro/hub/queue/queuetest"
	"vuoro/shared/wire"
)

// An active kiosk gets its blocks retained; an offline ticket it sends
// twice is recorded once and acknowledged each time; the day close ends
// the day's blocks.
func TestKioskBlocksAndOfflineDelivery(t *testing.T) {
	helsinki, _ := time.LoadLocation("Europe/Helsinki")
	clock := queuetest.NewClock(time.Date(2026, 11, 23, 10, 0, 0, 0, helsinki))
	eng, _, url := hubAt(t, clock)
	if _, err := eng.EnrolDevice("clerk:admin", "k1", queue.DeviceKiosk, "", clock.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := eng.ActivateDevice("device:k1", "k1"); err != nil {
		t.Fatal(err)
	}
	c, _ := device(t, url)
	sets, acks := make(chan *wire.BlockSet, 10), make(chan *wire.OfflineAck, 10)
	c.Subscribe(wire.Topic{Kind: wire.KindBlocks, Site: "lahti", ID: "k1"}.String(), 1, func(_ mqtt.Client, m mqtt.Message) {
		if b, err := wire.Decode[wire.BlockSet](m.Payload()); err == nil {
			sets <- b
		}
	}).Wait()
	c.Subscribe(wire.Topic{Kind: wire.KindOfflineAck, Site: "lahti", ID: "k1"}.String(), 1, func(_ mqtt.Client, m mqtt.Message) {
		if a, err := wire.Decode[wire.OfflineAck](m.Payload()); err == nil {
			acks <- a
		}
	}).Wait()
	var veroasiat wire.Block
	waitSet(t, sets, "a block of Veroasiat", func(b *wire.BlockSet) bool {
		for _, k := range b.Blocks {
			if k.Service == "vero-veroasiat" {
				veroasiat = k
				return true
			}
		}
		return false
	})
	m := wire.OfflineTicket{Header: wire.NewHeader(clock.Now()), Device: "k1", Service: "vero-veroasiat", Day: veroasiat.Day,
		Number: veroasiat.First, CallID: "R901", CheckedIn: clock.Now(), Persons: 1, Lang: "fi"}
	payload, _ := json.Marshal(m)
	for range 2 {
		c.Publish(wire.Topic{Kind: wire.KindOffline, Site: "lahti", ID: "k1"}.String(), 1, false, payload).Wait()
		select {
		case a := <-acks:
			if a.RequestID != m.ID || a.Outcome != wire.OfflineRecorded {
				t.Fatalf("ack %+v", a)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("no ack")
		}
	}
	eng.Read(func(s *queue.State) {
		if w := s.Waiting("vero-veroasiat"); len(w) != 1 || w[0].CallID != "R901" || !w[0].Offline {
			t.Fatalf("waiting %+v, want R901 once", w)
		}
	})
	waitSet(t, sets, "R901 used", func(b *wire.BlockSet) bool {
		for _, k := range b.Blocks {
			if k.Service == "vero-veroasiat" && len(k.Used) == 1 && k.Used[0] == veroasiat.First {
				return true
			}
		}
		return false
	})

	clock.Set(time.Date(2026, 11, 24, 0, 1, 0, 0, helsinki)) // the night: closed
	if _, err := eng.CloseDay(); err != nil {
		t.Fatal(err)
	}
	waitSet(t, sets, "no block of the closed day", func(b *wire.BlockSet) bool {
		return !slices.ContainsFunc(b.Blocks, func(k wire.Block) bool { return k.Day == veroasiat.Day })
	})
}

func waitSet(t *testing.T, sets chan *wire.BlockSet, what string, ok func(*wire.BlockSet) bool) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case b := <-sets:
			if ok(b) {
				return
			}
		case <-deadline:
			t.Fatalf("the kiosk never got %s", what)
		}
	}
}
