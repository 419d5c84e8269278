package devsync_test

import (
	"sync"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"vuoro/hub/queue"
	"vuoro/hub/queue/queuetest"
	"vuoro/shared/wire"
)

// retained follows the display, room 6 and veroasiat's queue topics and
// keeps the last payload of each.
type retained struct {
	mu   sync.Mutex
	last map[string][]byte
}

func follow(t *testing.T, url string) *retained {
	r := &retained{last: map[string][]byte{}}
	for _, k := range []wire.Topic{{Kind: wire.KindDisplay, Site: "lahti"}, {Kind: wire.KindRoom, Site: "lahti", ID: "6"},
		{Kind: wire.KindQueue, Site: "lahti", ID: "vero-veroasiat"}} {
		subscribeAs(t, url, k, func(_ mqtt.Client, m mqtt.Message) {
			r.mu.Lock()
			r.last[m.Topic()] = m.Payload()
			r.mu.Unlock()
		})
	}
	return r
}

// waitFor waits until the last display snapshot, room state and queue
// status satisfy ok.
func (r *retained) waitFor(t *testing.T, what string, ok func(*wire.DisplaySnapshot, *wire.RoomState, *wire.QueueStatus) bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		r.mu.Lock()
		d, _ := wire.Decode[wire.DisplaySnapshot](r.last["vuoro/v1/lahti/display"])
		rs, _ := wire.Decode[wire.RoomState](r.last["vuoro/v1/lahti/room/6"])
		q, _ := wire.Decode[wire.QueueStatus](r.last["vuoro/v1/lahti/queue/vero-veroasiat"])
		r.mu.Unlock()
		if d != nil && rs != nil && q != nil && ok(d, rs, q) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("devices never got %s: display %+v room %+v queue %+v", what, d, rs, q)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestDayClosePublishesClearedDisplaysRoomsAndQueues(t *testing.T) {
	helsinki, _ := time.LoadLocation("Europe/Helsinki")
	clock := queuetest.NewClock(time.Date(2026, 11, 23, 10, 0, 0, 0, helsinki))
	eng, _, url := hubAt(t, clock)
	r := follow(t, url)
	for range 3 {
		if _, err := eng.Issue("kiosk:k1", queue.IssueRequest{Service: "vero-veroasiat", Device: "k1"}); err != nil {
			t.Fatal(err)
		}
	}
	called, err := eng.CallNext("vero", []string{"vero-veroasiat"}, "6")
	if err != nil {
		t.Fatal(err)
	}
	r.waitFor(t, "the call of R1", func(d *wire.DisplaySnapshot, rs *wire.RoomState, q *wire.QueueStatus) bool {
		return len(d.Calls) == 1 && d.Calls[0].Visit == called.ID && rs.CallID == "R1" && rs.Visit == called.ID && q.Waiting == 2
	})

	clock.Set(time.Date(2026, 11, 24, 0, 1, 0, 0, helsinki))
	if n, err := eng.CloseDay(); err != nil || n != 3 {
		t.Fatalf("day close: %d expired, %v", n, err)
	}
	r.waitFor(t, "the closed day", func(d *wire.DisplaySnapshot, rs *wire.RoomState, q *wire.QueueStatus) bool {
		return len(d.Calls) == 0 && rs.CallID == "" && rs.Visit == 0 && q.Waiting == 0
	})
}
