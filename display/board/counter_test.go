package board_test

import (
	"slices"
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/shared/wire"
)

func TestCounter(t *testing.T) {
	tests := []struct {
		name   string
		states []*wire.RoomState
		ticks  []time.Duration // after t0, after the states
		callID string
		flash  bool
	}{
		{"free at start", nil, nil, "", false},
		{"retained state does not flash", []*wire.RoomState{room(42, "6", "A22")}, nil, "A22", false},
		{"other room is ignored", []*wire.RoomState{room(42, "7", "A22")}, nil, "", false},
		{"new call flashes", []*wire.RoomState{room(1, "6", ""), room(2, "6", "A22")}, nil, "A22", true},
		{"room becomes free", []*wire.RoomState{room(1, "6", "A21"), room(2, "6", "A22"), room(3, "6", "")}, nil, "", false},
		{"older state is ignored", []*wire.RoomState{room(5, "6", "A22"), room(4, "6", "A21")}, nil, "A22", false},
		{"duplicate state is ignored", []*wire.RoomState{room(5, "6", "A22"), room(5, "6", "")}, nil, "A22", false},
		{"other room after own is ignored", []*wire.RoomState{room(5, "6", "A22"), room(9, "5", "B1")}, nil, "A22", false},
		{"flash lasts ten seconds", []*wire.RoomState{room(1, "6", ""), room(2, "6", "A22")},
			[]time.Duration{0, board.FlashFor - time.Millisecond}, "A22", true},
		{"flash expires", []*wire.RoomState{room(1, "6", ""), room(2, "6", "A22")},
			[]time.Duration{0, board.FlashFor}, "A22", false},
		{"same call id again does not flash", []*wire.RoomState{room(1, "6", "A22"), room(2, "6", "A22")}, nil, "A22", false},
		{"same visit again does not flash", []*wire.RoomState{visitRoom(1, 7, "A22"), visitRoom(2, 7, "A22")}, nil, "A22", false},
		{"another visit with the same call id flashes", []*wire.RoomState{visitRoom(1, 7, "A22"), visitRoom(2, 90, "A22")}, nil, "A22", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := board.NewCounter("6")
			for _, r := range tt.states {
				c.Apply(r)
			}
			for _, d := range tt.ticks {
				c.Tick(t0.Add(d))
			}
			// These states come as from a hub before room statuses: the
			// status follows the call id; closed until the room's first.
			status := wire.RoomCalled
			if tt.callID == "" {
				status = wire.RoomOpen
			}
			if !slices.ContainsFunc(tt.states, func(r *wire.RoomState) bool { return r.Room == "6" }) {
				status = wire.RoomClosed
			}
			want := board.CounterState{Room: "6", Status: status, CallID: tt.callID, Flash: tt.flash}
			if got := c.State(); got != want {
				t.Errorf("State() = %+v, want %+v", got, want)
			}
		})
	}
}

func TestCounterConnected(t *testing.T) {
	c := board.NewCounter("6")
	c.SetConnected(true)
	c.Tick(t0)
	c.ApplyHeartbeat(beat("log-a"))
	if !c.State().Connected {
		t.Error("not connected with the link up and a heartbeat")
	}
}
