package board_test

import (
	"reflect"
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/shared/wire"
)

// configured returns a live board set up with s.
func configured(s board.Settings) *board.QueueBoard {
	b := board.NewQueueBoard(time.UTC)
	b.Configure(s)
	b.SetConnected(true)
	b.Tick(t0)
	return b
}

// A display set to its waiting room's rooms lists only their calls, fills
// its rows from older calls to them and flashes only for them; when its
// rooms change it lists none of the old ones and takes the next snapshot
// (its new area's, however old) as its list.
func TestQueueBoardShowsItsRooms(t *testing.T) {
	set := board.DefaultSettings()
	set.Rooms = []string{"1", "2"}
	b := configured(set)
	calls := []wire.CallEntry{entry(9, "A9", "3")}
	for i := uint64(1); i <= 8; i++ {
		calls = append(calls, entry(i, "B"+string(rune('0'+i)), []string{"1", "2", "3", "4"}[i%4]))
	}
	b.Apply(snapshot(9, calls...))
	s := b.State()
	got := append([]board.Entry{s.Latest}, s.Recent...)
	if want := []board.Entry{e("B8", "1"), e("B5", "2"), e("B4", "1"), e("B1", "2")}; !reflect.DeepEqual(got, want) {
		t.Fatalf("rows %v, want %v", got, want)
	}
	b.Tick(t0.Add(time.Minute))
	b.ApplyCall(call(10, "C1", "4"))
	b.Tick(t0.Add(time.Minute + time.Second))
	if s := b.State(); s.Flash || s.Latest.Room == "4" {
		t.Errorf("a call to another room shows or flashes: %+v", s)
	}
	b.ApplyCall(call(11, "C2", "2"))
	b.Tick(t0.Add(time.Minute + 2*time.Second))
	if s := b.State(); !s.Flash || s.Latest != e("C2", "2") {
		t.Errorf("a call to the display's room: %+v", s)
	}
	set.Rooms = []string{"4"}
	b.Configure(set)
	if s := b.State(); s.Latest != (board.Entry{}) {
		t.Errorf("after a change of rooms to 4, before its snapshot: %+v", s)
	}
	b.Apply(snapshot(10, entry(10, "C1", "4"), entry(7, "B7", "4"), entry(3, "B3", "4")))
	if s := b.State(); s.Latest != e("C1", "4") || len(s.Recent) != 2 {
		t.Errorf("after a change of rooms to 4: %+v", s)
	}
}

func TestQueueBoardFillsRowsFromOlderCalls(t *testing.T) {
	set := board.DefaultSettings()
	set.Rooms = []string{"1"}
	b := configured(set)
	var calls []wire.CallEntry
	for i := uint64(1); i <= 40; i++ { // every fifth call to room 1
		room := "2"
		if i%5 == 0 {
			room = "1"
		}
		calls = append(calls, entry(i, "A"+itoa(i), room))
	}
	b.Apply(snapshot(40, calls...))
	s := b.State()
	got := append([]board.Entry{s.Latest}, s.Recent...)
	want := []board.Entry{e("A40", "1"), e("A35", "1"), e("A30", "1"), e("A25", "1"), e("A20", "1"), e("A15", "1"), e("A10", "1")}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows %v, want %v", got, want)
	}
}

func itoa(i uint64) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// The latest call stays highlighted for the configured time, on the Tick
// clock; a highlight of 0 is none.
func TestQueueBoardHighlightsForTheConfiguredTime(t *testing.T) {
	for _, d := range []time.Duration{0, 5 * time.Second, 30 * time.Second} {
		set := board.DefaultSettings()
		set.Highlight = d
		b := configured(set)
		b.ApplyCall(call(1, "A1", "2"))
		b.Tick(t0.Add(time.Second))
		if got := b.State().Flash; got != (d > 0) {
			t.Errorf("highlight %v: on %v just after the call", d, got)
		}
		b.Tick(t0.Add(time.Second + d - time.Millisecond))
		if got := b.State().Flash; got != (d > 0) {
			t.Errorf("highlight %v: on %v just before its end", d, got)
		}
		b.Tick(t0.Add(time.Second + d))
		if b.State().Flash {
			t.Errorf("highlight %v: still on at its end", d)
		}
	}
}

// The information line shows each language the admin wrote it in, in
// turn, Finnish first; none when there is no text.
func TestQueueBoardInformationLine(t *testing.T) {
	set := board.DefaultSettings()
	b := configured(set)
	if got := b.State().Info; got != "" {
		t.Errorf("info %q with none set", got)
	}
	set.Info = map[string]string{"fi": "Toimisto suljetaan tänään klo 15", "sv": "Kontoret stänger i dag kl. 15", "en": "The office closes at 15 today"}
	b.Configure(set)
	seen := map[string]int{}
	start := time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC) // a multiple of InfoEvery
	var order []string
	for at := time.Duration(0); at < 3*board.InfoEvery; at += time.Second {
		b.Tick(start.Add(at))
		i := b.State().Info
		if seen[i] == 0 {
			order = append(order, i)
		}
		seen[i]++
	}
	if want := []string{set.Info["fi"], set.Info["sv"], set.Info["en"]}; !reflect.DeepEqual(order, want) {
		t.Errorf("languages in turn %q, want %q", order, want)
	}
	for i, n := range seen {
		if n != int(board.InfoEvery/time.Second) {
			t.Errorf("%q shown for %d s, want %v", i, n, board.InfoEvery)
		}
	}
	set.Info = map[string]string{"sv": "Endast svenska"}
	b.Configure(set)
	if got := b.State().Info; got != "Endast svenska" {
		t.Errorf("one language: %q", got)
	}
}

func TestQueueBoardJoinQRSetting(t *testing.T) {
	set := board.DefaultSettings()
	set.JoinQR = false
	b := configured(set)
	hb := beat("log-a")
	hb.Join = "https://vuoro.lahti.example/join/aaaa"
	b.ApplyHeartbeat(hb)
	b.Tick(t0.Add(time.Second))
	if s := b.State(); !s.Connected || s.Join != "" {
		t.Errorf("QR switched off, yet: %+v", s)
	}
	set.JoinQR = true
	b.Configure(set)
	if s := b.State(); s.Join != hb.Join {
		t.Errorf("QR switched on: %+v", s)
	}
}
