package board_test

import (
	"reflect"
	"testing"

	"vuoro/display/board"
	"vuoro/shared/wire"
)

func fromLog(log string, s *wire.DisplaySnapshot) *wire.DisplaySnapshot { s.Log = log; return s }

func roomFromLog(log string, r *wire.RoomState) *wire.RoomState { r.Log = log; return r }

// TestQueueBoardFollowsANewHub: a board that saw seq 500 from hub A gets
// seq 3 from hub B (a new hub, or one on a restored backup) and shows hub
// B's calls; within one hub an older snapshot is still ignored.
func TestQueueBoardFollowsANewHub(t *testing.T) {
	hubA := fromLog("aaaa", snapshot(500, entry(500, "A22", "6"), entry(498, "A21", "5")))
	tests := []struct {
		name   string
		next   []*wire.DisplaySnapshot
		calls  []*wire.Call
		latest board.Entry
		recent []board.Entry
	}{
		{"hub B's first snapshot", []*wire.DisplaySnapshot{fromLog("bbbb", snapshot(3, entry(3, "R1", "2")))}, nil,
			e("R1", "2"), nil},
		{"hub B's calls go on", []*wire.DisplaySnapshot{fromLog("bbbb", snapshot(3, entry(3, "R1", "2")))},
			[]*wire.Call{call(4, "R2", "6")}, e("R2", "6"), []board.Entry{e("R1", "2")}},
		{"hub B's older snapshot is ignored", []*wire.DisplaySnapshot{
			fromLog("bbbb", snapshot(5, entry(5, "R2", "6"), entry(3, "R1", "2"))), fromLog("bbbb", snapshot(3, entry(3, "R1", "2")))},
			nil, e("R2", "6"), []board.Entry{e("R1", "2")}},
		{"the same hub's older snapshot is ignored", []*wire.DisplaySnapshot{fromLog("aaaa", snapshot(3, entry(3, "R1", "2")))}, nil,
			e("A22", "6"), []board.Entry{e("A21", "5")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := board.NewQueueBoard(nil)
			b.Apply(hubA)
			for _, s := range tt.next {
				b.Apply(s)
			}
			for _, c := range tt.calls {
				b.ApplyCall(c)
			}
			s := b.State()
			if s.Latest != tt.latest || !reflect.DeepEqual(s.Recent, tt.recent) {
				t.Fatalf("shows %v then %v, want %v then %v", s.Latest, s.Recent, tt.latest, tt.recent)
			}
		})
	}
}

func TestCounterFollowsANewHub(t *testing.T) {
	tests := []struct {
		name   string
		states []*wire.RoomState
		callID string
	}{
		{"hub B's first state", []*wire.RoomState{roomFromLog("bbbb", room(3, "6", "R1"))}, "R1"},
		{"hub B frees the room", []*wire.RoomState{roomFromLog("bbbb", room(3, "6", "R1")), roomFromLog("bbbb", room(4, "6", ""))}, ""},
		{"another room of hub B does not count", []*wire.RoomState{roomFromLog("bbbb", room(3, "5", "R1"))}, "A22"},
		{"the same hub's older state is ignored", []*wire.RoomState{roomFromLog("aaaa", room(3, "6", "R1"))}, "A22"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := board.NewCounter("6")
			c.Apply(roomFromLog("aaaa", room(500, "6", "A22")))
			for _, r := range tt.states {
				c.Apply(r)
			}
			if got := c.State().CallID; got != tt.callID {
				t.Fatalf("shows %q, want %q", got, tt.callID)
			}
		})
	}
}
