package devsync_test

import (
	"testing"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/queue/queuetest"
	"vuoro/shared/wire"
)

// TestRoomStatusIsPublishedOnEveryChange walks room 6 through each status
// its counter display shows, as the retained room state gives it.
func TestRoomStatusIsPublishedOnEveryChange(t *testing.T) {
	helsinki, _ := time.LoadLocation("Europe/Helsinki")
	clock := queuetest.NewClock(time.Date(2026, 11, 23, 10, 0, 0, 0, helsinki))
	eng, _, url := hubAt(t, clock)
	r := follow(t, url)
	status := func(want wire.RoomStatus, callID string) {
		t.Helper()
		r.waitFor(t, string(want), func(_ *wire.DisplaySnapshot, rs *wire.RoomState, _ *wire.QueueStatus) bool {
			return rs.Status == want && rs.CallID == callID
		})
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	status(wire.RoomClosed, "")
	must(eng.OpenRoom("vero", "6"))
	status(wire.RoomOpen, "")
	must(eng.PauseRoom("vero", true))
	status(wire.RoomPaused, "")
	_, err := eng.Issue("kiosk:k1", queue.IssueRequest{Service: "vero-veroasiat", Device: "k1"})
	must(err)
	v, err := eng.CallNext("vero", []string{"vero-veroasiat"}, "6")
	must(err)
	status(wire.RoomCalled, v.CallID)
	_, err = eng.Start("clerk:vero", v.ID)
	must(err)
	status(wire.RoomServing, v.CallID)
	_, err = eng.End("clerk:vero", v.ID)
	must(err)
	status(wire.RoomOpen, "")
	must(eng.CloseRoom("vero", queue.RoomLeft))
	status(wire.RoomClosed, "")
}
