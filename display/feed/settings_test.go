package feed_test

import (
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/display/feed"
	"vuoro/shared/wire"
)

func encode(t *testing.T, m wire.Message) string {
	t.Helper()
	b, err := wire.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func areaSnapshot(area string, seq uint64, id, room string) *wire.DisplaySnapshot {
	return &wire.DisplaySnapshot{Header: wire.NewHeader(time.Now()), Seq: seq, Area: area,
		Calls: []wire.CallEntry{{Seq: seq, CallID: id, Room: room, At: time.Now()}}}
}

// The queue display takes its settings from its own configuration topic,
// shows its waiting area's snapshot (also one that came before the
// configuration), follows a move to another area at once, and returns to
// the defaults when the hub clears its configuration.
func TestAQueueDisplayFollowsItsConfiguration(t *testing.T) {
	l := newFakeLink()
	var handed []board.Settings
	q := feed.NewQueue(l, "lahti", board.NewQueueBoard(time.UTC), feed.Options{Device: "aula-1",
		OnSettings: func(s board.Settings) { handed = append(handed, s) }})
	q.Start()
	const config, areas, site = "vuoro/v1/lahti/device/aula-1/config", "vuoro/v1/lahti/display/+", "vuoro/v1/lahti/display"
	l.deliver(t, site, encode(t, &wire.DisplaySnapshot{Header: wire.NewHeader(time.Now()), Seq: 30,
		Calls: []wire.CallEntry{{Seq: 30, CallID: "K30", Room: "7", At: time.Now()}}}))
	l.deliver(t, areas, encode(t, areaSnapshot("aula", 20, "A20", "1")))
	l.deliver(t, areas, encode(t, areaSnapshot("yla", 30, "K30", "7")))
	if got := q.State().Latest.CallID; got != "K30" {
		t.Fatalf("before its configuration the display shows %q, want the site's K30", got)
	}
	l.deliver(t, config, encode(t, &wire.DisplayConfig{Header: wire.NewHeader(time.Now()), Device: "aula-1", WaitingArea: "aula",
		Rooms: []string{"1", "2"}, Languages: []string{"en"}, Volume: 30, Info: wire.Names{"en": "Closes at 15"}}))
	if got := q.State().Latest.CallID; got != "A20" {
		t.Fatalf("in the ground floor's area the display shows %q, want A20", got)
	}
	if s := q.Settings(); len(handed) != 1 || s.Info["en"] != "Closes at 15" || s.Volume != 30 || s.Highlight != board.FlashFor {
		t.Fatalf("the settings are %+v (handed %d times)", s, len(handed))
	}
	l.deliver(t, config, encode(t, &wire.DisplayConfig{Header: wire.NewHeader(time.Now()), Device: "aula-1", WaitingArea: "yla",
		Rooms: []string{"7"}}))
	if got := q.State().Latest.CallID; got != "K30" {
		t.Fatalf("moved upstairs the display shows %q, want K30", got)
	}
	l.deliver(t, config, encode(t, &wire.DisplayConfig{Header: wire.NewHeader(time.Now()), Device: "aula-1", WaitingArea: "kellari"}))
	l.deliver(t, "vuoro/v1/lahti/call", encode(t, &wire.Call{Header: wire.NewHeader(time.Now()),
		CallEntry: wire.CallEntry{Seq: 31, CallID: "K31", Room: "7", At: time.Now()}}))
	if got := q.State().Latest.CallID; got != "" {
		t.Fatalf("in an area with no rooms yet the display shows %q, want no call", got)
	}
	l.deliver(t, config, encode(t, &wire.DisplayConfig{Header: wire.NewHeader(time.Now()), Device: "another"}))
	if len(handed) != 3 {
		t.Fatalf("another device's configuration was taken: %+v", handed[len(handed)-1])
	}
	l.deliver(t, config, "")
	if s := q.Settings(); len(handed) != 4 || s.Volume != board.DefaultSettings().Volume || len(s.Rooms) != 0 {
		t.Fatalf("after the hub cleared the configuration the settings are %+v, want the defaults", s)
	}
	if got := q.State().Latest.CallID; got != "K30" {
		t.Fatalf("back on the whole site the display shows %q, want the site's snapshot K30", got)
	}
}
