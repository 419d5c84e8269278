package devsync_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/display/feed"
	"vuoro/hub/queue"
	"vuoro/kiosk/hubclient"
	"vuoro/shared/devlink"
)

// deviceLink connects as one of the test devices, as its app does.
func deviceLink(t *testing.T, url, device, kind string) *devlink.Link {
	t.Helper()
	l, err := devlink.Open(devlink.Options{Broker: url, Site: "lahti", Device: device, Kind: kind, Logger: quietLog,
		Username: device, Password: device + "-secret"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l.Close)
	return l
}

// The whole path with the kiosk's own client and a queue display's feed:
// the hub hangs on its disk while a citizen asks for a ticket; the kiosk
// gives up (it told the citizen there is no ticket) and cancels; the
// display shows the connection lost. When the hub resumes, the number it
// had decided is voided: nobody waits, a clerk's call finds no one, and the
// display never shows it.
func TestKioskGivesUpOnAHungHub(t *testing.T) {
	eng, gate, url := hungHub(t)
	kiosk, err := hubclient.New(deviceLink(t, url, "k1", "kiosk"), hubclient.Options{Site: "lahti", Device: "k1",
		Retry: 300 * time.Millisecond, Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	kiosk.Start()
	defer kiosk.Close()
	b := board.NewQueueBoard(time.UTC)
	display := feed.NewQueue(deviceLink(t, url, "qd", "queue-display"), "lahti", b, feed.Options{Logger: quietLog})
	display.Start()
	connected := func() bool { display.Tick(time.Now()); return display.State().Connected }
	waitUntil(t, "the kiosk and the display hear the hub", func() bool { return kiosk.Online() && connected() })

	gate.close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	_, err = kiosk.Issue(ctx, "vero-veroasiat", "fi")
	cancel()
	if !errors.Is(err, hubclient.ErrNoReply) {
		t.Fatalf("Issue from a hung hub = %v, want no reply", err)
	}
	waitUntil(t, "the display shows the connection lost", func() bool { return !connected() && !kiosk.Online() })
	gate.open()

	waitUntil(t, "the hub voids the ticket it had decided", func() bool {
		var voided bool
		eng.Read(func(s *queue.State) {
			for _, tk := range s.Visits("vero-veroasiat", s.Today(time.Now())) {
				voided = voided || tk.Status == queue.Deleted
			}
		})
		return voided
	})
	eng.Read(func(s *queue.State) {
		if n := s.WaitingCount("vero-veroasiat"); n != 0 {
			t.Errorf("%d visits wait, want 0", n)
		}
	})
	if _, err := eng.CallNext("vero", []string{"vero-veroasiat"}, "6"); !errors.Is(err, queue.ErrEmpty) {
		t.Errorf("a clerk's call after the hub resumed: %v, want nobody waiting", err)
	}
	waitUntil(t, "the display hears the hub again", connected)
	if s := display.State(); s.Latest.CallID != "" || len(s.Recent) != 0 {
		t.Errorf("the display shows %+v", s)
	}
}

func waitUntil(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
