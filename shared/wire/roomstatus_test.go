package wire_test

import (
	"errors"
	"testing"

	"vuoro/shared/wire"
)

func TestRoomStatusFromAHubBeforeItComesFromTheCall(t *testing.T) {
	tests := []struct {
		payload string
		want    wire.RoomStatus
	}{
		{`{"v":1,"id":"a","room":"6","seq":1,"call_id":"A22"}`, wire.RoomCalled},
		{`{"v":1,"id":"a","room":"6","seq":1}`, wire.RoomOpen},
		{`{"v":1,"id":"a","room":"6","seq":1,"status":"closed"}`, wire.RoomClosed},
		{`{"v":1,"id":"a","room":"6","seq":1,"status":"serving","call_id":"A22"}`, wire.RoomServing},
	}
	for _, tt := range tests {
		r, err := wire.Decode[wire.RoomState]([]byte(tt.payload))
		if err != nil || r.Current() != tt.want {
			t.Errorf("%s: %v, %v; want %v", tt.payload, r.Current(), err, tt.want)
		}
	}
}

func TestRoomStatusMustFitItsCall(t *testing.T) {
	for _, p := range []string{
		`{"v":1,"id":"a","room":"6","seq":1,"status":"called"}`,
		`{"v":1,"id":"a","room":"6","seq":1,"status":"paused","call_id":"A22"}`,
		`{"v":1,"id":"a","room":"6","seq":1,"status":"asleep"}`,
	} {
		if _, err := wire.Decode[wire.RoomState]([]byte(p)); !errors.Is(err, wire.ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", p, err)
		}
	}
}
