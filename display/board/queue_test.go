package board_test

import (
	"reflect"
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/shared/wire"
)

// step is one input to a board: a message, or a tick of the clock.
type step struct {
	snap *wire.DisplaySnapshot
	call *wire.Call
	tick time.Duration // after t0; applied when snap and call are nil
}

func (s step) run(b *board.QueueBoard) {
	switch {
	case s.snap != nil:
		b.Apply(s.snap)
	case s.call != nil:
		b.ApplyCall(s.call)
	default:
		b.Tick(t0.Add(s.tick))
	}
}

func e(id, room string) board.Entry { return board.Entry{CallID: id, Room: room} }

func TestQueueBoard(t *testing.T) {
	full := snapshot(20, entry(20, "A20", "1"), entry(19, "A19", "2"), entry(18, "A18", "3"),
		entry(17, "A17", "4"), entry(16, "A16", "5"), entry(15, "A15", "6"), entry(14, "A14", "7"),
		entry(13, "A13", "8"), entry(12, "A12", "9"))
	tests := []struct {
		name   string
		steps  []step
		latest board.Entry
		recent []board.Entry
		flash  bool
	}{
		{"empty", nil, board.Entry{}, nil, false},
		{"snapshot at start does not flash",
			[]step{{snap: snapshot(42, entry(42, "A22", "6"), entry(40, "A21", "5"))}},
			e("A22", "6"), []board.Entry{e("A21", "5")}, false},
		{"call on empty board flashes",
			[]step{{call: call(1, "A1", "2")}},
			e("A1", "2"), nil, true},
		{"newer call goes on top",
			[]step{{snap: snapshot(42, entry(42, "A22", "6"))}, {call: call(43, "R19", "3")}},
			e("R19", "3"), []board.Entry{e("A22", "6")}, true},
		{"older call is ignored",
			[]step{{snap: snapshot(42, entry(42, "A22", "6"))}, {call: call(41, "R19", "3")}},
			e("A22", "6"), nil, false},
		{"duplicate call shows once",
			[]step{{call: call(7, "A7", "1")}, {call: call(8, "A8", "2")}, {call: call(8, "A8", "2")}},
			e("A8", "2"), []board.Entry{e("A7", "1")}, true},
		{"stale snapshot after a call is ignored",
			[]step{{call: call(43, "R19", "3")}, {snap: snapshot(42, entry(42, "A22", "6"))}},
			e("R19", "3"), nil, true},
		{"equal snapshot after its call is ignored",
			[]step{{call: call(43, "R19", "3")}, {snap: snapshot(43, entry(43, "R19", "4"))}},
			e("R19", "3"), nil, true},
		{"newer snapshot replaces the list and flashes a new top",
			[]step{{snap: snapshot(1, entry(1, "A1", "1"))}, {snap: snapshot(3, entry(3, "B3", "2"), entry(2, "A2", "1"))}},
			e("B3", "2"), []board.Entry{e("A2", "1")}, true},
		{"newer snapshot with the same top does not flash",
			[]step{{snap: snapshot(1, entry(1, "A1", "1"))}, {snap: snapshot(2, entry(1, "A1", "1"))}},
			e("A1", "1"), nil, false},
		{"snapshot out of order is sorted and deduplicated",
			[]step{{snap: snapshot(9, entry(5, "A5", "1"), entry(9, "A5", "3"), entry(7, "A7", "2"))}},
			e("A5", "3"), []board.Entry{e("A7", "2")}, false},
		{"recall moves the call to the top and flashes",
			[]step{{snap: snapshot(3, entry(3, "A3", "1"), entry(2, "A2", "2"), entry(1, "A1", "3"))},
				{tick: 0}, {tick: time.Minute}, {call: recall(4, "A1", "3")}},
			e("A1", "3"), []board.Entry{e("A3", "1"), e("A2", "2")}, true},
		{"two visits with one call id are two lines",
			[]step{{snap: snapshot(9, visitEntry(9, 120, "R3", "2"), visitEntry(5, 14, "R3", "1"))}},
			e("R3", "2"), []board.Entry{e("R3", "1")}, false},
		{"a call of another visit with a listed call id adds a line",
			[]step{{snap: snapshot(5, visitEntry(5, 14, "R3", "1"))}, {call: &wire.Call{Header: head(), CallEntry: visitEntry(9, 120, "R3", "2")}}},
			e("R3", "2"), []board.Entry{e("R3", "1")}, true},
		{"a recall of a visit moves its line",
			[]step{{snap: snapshot(9, visitEntry(9, 120, "R3", "2"), visitEntry(5, 14, "R3", "1"))},
				{call: &wire.Call{Header: head(), CallEntry: visitEntry(10, 14, "R3", "1"), Recall: true}}},
			e("R3", "1"), []board.Entry{e("R3", "2")}, true},
		{"full list keeps six recent calls",
			[]step{{snap: full}},
			e("A20", "1"), []board.Entry{e("A19", "2"), e("A18", "3"), e("A17", "4"), e("A16", "5"), e("A15", "6"), e("A14", "7")}, false},
		{"flash lasts while under ten seconds",
			[]step{{call: call(1, "A1", "2")}, {tick: 0}, {tick: board.FlashFor - time.Millisecond}},
			e("A1", "2"), nil, true},
		{"flash ends after ten seconds",
			[]step{{call: call(1, "A1", "2")}, {tick: 0}, {tick: board.FlashFor}},
			e("A1", "2"), nil, false},
		{"flash counts from the tick after the call",
			[]step{{tick: 0}, {call: call(1, "A1", "2")}, {tick: 900 * time.Millisecond}, {tick: board.FlashFor + 500*time.Millisecond}},
			e("A1", "2"), nil, true},
		{"new call restarts the flash",
			[]step{{call: call(1, "A1", "2")}, {tick: 0}, {tick: 8 * time.Second}, {call: call(2, "A2", "3")}, {tick: 9 * time.Second}, {tick: 15 * time.Second}},
			e("A2", "3"), []board.Entry{e("A1", "2")}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := board.NewQueueBoard(time.UTC)
			for _, s := range tt.steps {
				s.run(b)
			}
			got := b.State()
			if got.Latest != tt.latest || !reflect.DeepEqual(got.Recent, tt.recent) || got.Flash != tt.flash {
				t.Errorf("State() = latest %v recent %v flash %v; want %v %v %v",
					got.Latest, got.Recent, got.Flash, tt.latest, tt.recent, tt.flash)
			}
		})
	}
}

func TestQueueBoardReportsChange(t *testing.T) {
	b := board.NewQueueBoard(time.UTC)
	if !b.Apply(snapshot(2, entry(2, "A2", "1"))) {
		t.Error("first snapshot reported no change")
	}
	if b.ApplyCall(call(2, "A2", "1")) || b.Apply(snapshot(1)) {
		t.Error("stale message reported a change")
	}
	if !b.ApplyCall(call(3, "A3", "1")) {
		t.Error("new call reported no change")
	}
}

func TestQueueBoardClockAndConnection(t *testing.T) {
	hel, err := time.LoadLocation(board.Zone)
	if err != nil {
		t.Fatal(err)
	}
	b := board.NewQueueBoard(hel)
	if s := b.State(); s.Clock != "" || s.Connected {
		t.Errorf("before the first tick: clock %q, connected %v", s.Clock, s.Connected)
	}
	b.SetConnected(true)
	b.Tick(t0)
	b.ApplyHeartbeat(beat("log-a"))
	if s := b.State(); s.Clock != "Tiistai 24.1.2023 09:54" || !s.Connected {
		t.Errorf("after a tick: clock %q, connected %v", s.Clock, s.Connected)
	}
	b.SetConnected(false)
	if b.State().Connected {
		t.Error("still connected after SetConnected(false)")
	}
}
