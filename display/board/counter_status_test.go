package board_test

import (
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/shared/wire"
)

func status(seq uint64, s wire.RoomStatus, callID string, visit uint64) *wire.RoomState {
	r := room(seq, "6", callID)
	r.Status, r.Visit = s, visit
	return r
}

// recalled is room 6's state when the clerk has called visit again n times.
func recalled(seq uint64, callID string, visit uint64, n int) *wire.RoomState {
	r := status(seq, wire.RoomCalled, callID, visit)
	r.Recalls = n
	return r
}

// TestCounterStatus walks a room through its day as the hub publishes it:
// what the display shows, whether the number is highlighted, and whether
// the call light is lit.
func TestCounterStatus(t *testing.T) {
	tests := []struct {
		name   string
		states []*wire.RoomState
		want   wire.RoomStatus
		callID string
		flash  bool
		light  bool
	}{
		{"closed at start", nil, wire.RoomClosed, "", false, false},
		{"a clerk opens the room", []*wire.RoomState{status(1, wire.RoomClosed, "", 0), status(2, wire.RoomOpen, "", 0)},
			wire.RoomOpen, "", false, false},
		{"a break", []*wire.RoomState{status(1, wire.RoomOpen, "", 0), status(2, wire.RoomPaused, "", 0)},
			wire.RoomPaused, "", false, false},
		{"a call flashes and lights the light", []*wire.RoomState{status(1, wire.RoomOpen, "", 0), status(2, wire.RoomCalled, "R19", 7)},
			wire.RoomCalled, "R19", true, true},
		{"the retained call lights the light but is no news", []*wire.RoomState{status(2, wire.RoomCalled, "R19", 7)},
			wire.RoomCalled, "R19", false, true},
		{"the visit begins: no flash, light out", []*wire.RoomState{status(1, wire.RoomOpen, "", 0), status(2, wire.RoomCalled, "R19", 7),
			status(3, wire.RoomServing, "R19", 7)}, wire.RoomServing, "R19", false, false},
		{"the visit ends", []*wire.RoomState{status(2, wire.RoomCalled, "R19", 7), status(3, wire.RoomServing, "R19", 7),
			status(4, wire.RoomOpen, "", 0)}, wire.RoomOpen, "", false, false},
		{"the room closes on a call (day close)", []*wire.RoomState{status(1, wire.RoomOpen, "", 0), status(2, wire.RoomCalled, "R19", 7),
			status(3, wire.RoomClosed, "", 0)}, wire.RoomClosed, "", false, false},
		{"a recall after the visit began does not flash", []*wire.RoomState{status(3, wire.RoomServing, "R19", 7),
			status(4, wire.RoomServing, "R19", 7)}, wire.RoomServing, "R19", false, false},
		{"a recall flashes again and keeps the light lit", []*wire.RoomState{status(2, wire.RoomCalled, "R19", 7),
			recalled(3, "R19", 7, 1)}, wire.RoomCalled, "R19", true, true},
		{"the retained state of a recalled call is no news", []*wire.RoomState{recalled(3, "R19", 7, 1)},
			wire.RoomCalled, "R19", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := board.NewCounter("6")
			for _, r := range tt.states {
				c.Apply(r)
			}
			c.Tick(t0.Add(time.Second))
			want := board.CounterState{Room: "6", Status: tt.want, CallID: tt.callID, Flash: tt.flash}
			if got := c.State(); got != want {
				t.Errorf("State() = %+v, want %+v", got, want)
			}
			if c.Light() != tt.light {
				t.Errorf("Light() = %v, want %v", c.Light(), tt.light)
			}
		})
	}
}

// Each recall of the visit called is a call the counter takes as news, to
// chime for, and highlights afresh for FlashFor; the same state again is not.
func TestCounterTakesEachRecallAsNews(t *testing.T) {
	c := board.NewCounter("6")
	c.Apply(status(1, wire.RoomOpen, "", 0))
	c.Apply(status(2, wire.RoomCalled, "R19", 7))
	c.Tick(t0)
	c.Tick(t0.Add(board.FlashFor))
	if c.Calls() != 1 || c.State().Flash {
		t.Fatalf("after the call's highlight: %d calls, %+v", c.Calls(), c.State())
	}
	for n := 1; n <= 2; n++ {
		c.Apply(recalled(uint64(2+n), "R19", 7, n))
		c.Apply(recalled(uint64(2+n), "R19", 7, n)) // delivered twice
		at := t0.Add(time.Duration(n) * 2 * board.FlashFor)
		c.Tick(at)
		if c.Calls() != uint64(1+n) || !c.State().Flash || !c.Light() {
			t.Fatalf("recall %d: %d calls, %+v, light %v", n, c.Calls(), c.State(), c.Light())
		}
		if c.Tick(at.Add(board.FlashFor)); c.State().Flash {
			t.Fatalf("recall %d still highlighted after %v", n, board.FlashFor)
		}
	}
}
