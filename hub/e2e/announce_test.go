package e2e

import (
	"context"
	"slices"
	"testing"
	"time"

	"vuoro/display/announce"
	"vuoro/display/board"
	"vuoro/display/feed"
	"vuoro/hub/queue"
	"vuoro/shared/speech"
	"vuoro/shared/speech/speechtest"
)

// timedDir writes WAV files into a folder as the display's -sound-out DIR
// does, and tells when each file was written: the first audio sample of a
// call is the chime's file.
type timedDir struct {
	speech.Dir
	written chan time.Time
}

func (d *timedDir) Play(ctx context.Context, wav []byte) error {
	err := d.Dir.Play(ctx, wav)
	d.written <- time.Now()
	return err
}

// TestCallToFirstAudio measures a clerk's call until the queue display's
// chime is written, through the engine, the bbolt log, the embedded broker,
// the display's MQTT client, its feed and its announcer with espeak-ng in
// three languages and the -sound-out DIR player; and the display's own
// part, from the call message taken by the feed to the chime. It reports
// the median and the worst; it asserts no timing.
func TestCallToFirstAudio(t *testing.T) {
	speechtest.NeedESpeak(t)
	h := startHub(t, t.TempDir(), "")
	defer h.Close()
	player := &timedDir{Dir: speech.Dir{Path: t.TempDir()}, written: make(chan time.Time, 8)}
	a, err := announce.New(announce.Options{Synth: speech.ESpeak{}, Player: player, Settings: func() board.Settings {
		s := board.DefaultSettings()
		s.Languages = announce.Languages
		return s
	}, OnError: func(err error) { t.Error(err) }})
	if err != nil {
		t.Fatal(err)
	}
	a.Start()
	defer a.Close()
	taken := make(chan time.Time, 8)
	loc, _ := time.LoadLocation(board.Zone)
	q := feed.NewQueue(link(t, h, "queue-display-1", "queue-display"), "lahti", board.NewQueueBoard(loc),
		feed.Options{Logger: quiet, OnCall: func(e board.Entry) { taken <- time.Now(); a.Announce(e) }})
	q.Start()
	clerk := newConsole(t, h, "vero")
	var total, display []time.Duration
	for range 20 {
		if _, err := h.Engine().Issue("kiosk:bench", queue.IssueRequest{Service: "vero-veroasiat", Device: "bench"}); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		v := clerk.call(t, "vero-veroasiat", "6")
		took, chime := waitAnnounced(t, taken), waitAnnounced(t, player.written)
		total, display = append(total, chime.Sub(start)), append(display, chime.Sub(took))
		for range announce.Languages { // the whole call said before the next
			waitAnnounced(t, player.written)
		}
		clerk.end(t, v.ID)
	}
	slices.Sort(total)
	slices.Sort(display)
	t.Logf("clerk's call → chime written: p50 %v, max %v; call taken by the display → chime written: p50 %v, max %v (%d calls)",
		total[len(total)/2], total[len(total)-1], display[len(display)/2], display[len(display)-1], len(total))
	if s := a.Stats(); s.Announced != uint64(len(total)) || s.Full+s.Stale+s.Merged != 0 {
		t.Errorf("announcer %+v, want %d calls announced, none dropped", s, len(total))
	}
}

func waitAnnounced(t *testing.T, c chan time.Time) time.Time {
	t.Helper()
	select {
	case at := <-c:
		return at
	case <-time.After(20 * time.Second):
		t.Fatal("no call announced")
	}
	return time.Time{}
}
