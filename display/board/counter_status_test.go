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
