package queue_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

// clerks adds clerks of vero and records the room events written from
// then on, as "kind room clerk [paused|reason by]".
func (f *fixture) clerks(logins ...string) *[]string {
	f.t.Helper()
	for _, l := range logins {
		must(f.t, f.e.AddClerk("system", queue.Clerk{Login: l, Role: queue.RoleClerk, Agencies: []string{"vero"}}))
	}
	var got []string
	f.e.Observe(func(_ event.Event, p queue.Payload, _ *queue.State) {
		switch v := p.(type) {
		case queue.RoomOpened:
			got = append(got, fmt.Sprint("opened ", v.Room, " ", v.Clerk))
		case queue.RoomPaused:
			got = append(got, fmt.Sprint("paused ", v.Room, " ", v.Clerk, " ", v.Paused))
		case queue.RoomClosed:
			got = append(got, strings.TrimSpace(fmt.Sprint("closed ", v.Room, " ", v.Clerk, " ", v.Reason, " ", v.By)))
		}
	})
	return &got
}

func (f *fixture) session(room string) string {
	var r queue.RoomSession
	var ok bool
	f.e.Read(func(s *queue.State) { r, ok = s.RoomSession(room) })
	if !ok {
		return "none"
	}
	return fmt.Sprintf("%s paused=%v", r.Clerk, r.Paused)
}

func wantLog(t *testing.T, got *[]string, want ...string) {
	t.Helper()
	if strings.Join(*got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("room events:\n%s\nwant:\n%s", strings.Join(*got, "\n"), strings.Join(want, "\n"))
	}
}

func TestAClerkOpensTakesABreakAndClosesTheirRoom(t *testing.T) {
	f := newFixture(t)
	log := f.clerks("maija")
	must(t, f.e.OpenRoom("maija", "5"))
	must(t, f.e.OpenRoom("maija", "5")) // again: nothing new
	if got := f.session("5"); got != "maija paused=false" {
		t.Fatalf("after opening: %s", got)
	}
	must(t, f.e.PauseRoom("maija", true))
	if got := f.session("5"); got != "maija paused=true" {
		t.Fatalf("on a break: %s", got)
	}
	f.issue("veroasiat")
	v, err := f.e.CallNext("maija", []string{"veroasiat"}, "5")
	must(t, err)
	if got := f.session("5"); got != "maija paused=false" {
		t.Fatalf("a call did not end the break: %s", got)
	}
	if err := f.e.PauseRoom("maija", true); !errors.Is(err, queue.ErrBusy) {
		t.Fatalf("a break while serving: %v", err)
	}
	if err := f.e.CloseRoom("maija", queue.RoomLeft); !errors.Is(err, queue.ErrBusy) {
		t.Fatalf("closing while serving: %v", err)
	}
	_, err = f.e.End("clerk:maija", v.ID)
	must(t, err)
	must(t, f.e.CloseRoom("maija", queue.RoomLeft))
	must(t, f.e.CloseRoom("maija", queue.RoomLogout)) // nothing open: nothing to do
	if got := f.session("5"); got != "none" {
		t.Fatalf("after closing: %s", got)
	}
	if err := f.e.PauseRoom("maija", true); !errors.Is(err, queue.ErrNoRoom) {
		t.Fatalf("a break with no room: %v", err)
	}
	wantLog(t, log, "opened 5 maija", "paused 5 maija true", "paused 5 maija false", "closed 5 maija closed")
}

func TestAClerkIsInOneRoomAndARoomHasOneClerk(t *testing.T) {
	f := newFixture(t)
	log := f.clerks("maija", "pekka")
	must(t, f.e.OpenRoom("maija", "5"))
	must(t, f.e.OpenRoom("maija", "6"))
	if f.session("5") != "none" || f.session("6") != "maija paused=false" {
		t.Fatalf("after moving: 5 %s, 6 %s", f.session("5"), f.session("6"))
	}
	f.issue("veroasiat")
	if _, err := f.e.CallNext("pekka", []string{"veroasiat"}, "6"); !errors.Is(err, queue.ErrRoomStaffed) {
		t.Fatalf("a call to another clerk's room: %v", err)
	}
	must(t, f.e.OpenRoom("pekka", "6")) // maija left without closing: pekka takes the room over
	if f.session("6") != "pekka paused=false" {
		t.Fatalf("after the take-over: %s", f.session("6"))
	}
	v, err := f.e.CallNext("pekka", []string{"veroasiat"}, "6")
	must(t, err)
	if err := f.e.OpenRoom("maija", "6"); !errors.Is(err, queue.ErrRoomInUse) {
		t.Fatalf("taking over a room serving a visit: %v", err)
	}
	if err := f.e.OpenRoom("pekka", "5"); !errors.Is(err, queue.ErrBusy) {
		t.Fatalf("moving while serving a visit: %v", err)
	}
	_, err = f.e.End("clerk:pekka", v.ID)
	must(t, err)
	wantLog(t, log, "opened 5 maija", "closed 5 maija moved", "opened 6 maija", "closed 6 maija taken-over pekka", "opened 6 pekka")
}

func TestTheDayCloseARemovalAndALogoutCloseRooms(t *testing.T) {
	f := newFixture(t)
	log := f.clerks("maija", "pekka")
	must(t, f.e.OpenRoom("maija", "5"))
	must(t, f.e.OpenRoom("pekka", "6"))
	must(t, f.e.PauseRoom("pekka", true))
	f.checkSnapshot("open sessions")
	f.clock.now = time.Date(2026, 11, 24, 0, 30, 0, 0, helsinki)
	f.closeDay()
	if f.session("5") != "none" || f.session("6") != "none" {
		t.Fatalf("after the day close: 5 %s, 6 %s", f.session("5"), f.session("6"))
	}
	f.closeDay() // once
	must(t, f.e.OpenRoom("maija", "5"))
	must(t, f.e.DisableClerk("system", "maija"))
	must(t, f.e.OpenRoom("pekka", "6"))
	must(t, f.e.CloseRoom("pekka", queue.RoomLogout))
	must(t, f.e.AddRoom("system", queue.Room{ID: "7"}))
	must(t, f.e.OpenRoom("pekka", "7"))
	must(t, f.e.RemoveRoom("system", "7"))
	f.checkReplay(func(s *queue.State) string { _, ok := s.ClerkRoom("pekka"); return fmt.Sprint(ok) })
	wantLog(t, log, "opened 5 maija", "opened 6 pekka", "paused 6 pekka true",
		"closed 5 maija day-closed", "closed 6 pekka day-closed",
		"opened 5 maija", "closed 5 maija clerk-removed", "opened 6 pekka", "closed 6 pekka logout",
		"opened 7 pekka", "closed 7 pekka room-removed")
}

func TestARoomOpenedAfterTheDayEndStaysForTheNextDay(t *testing.T) {
	f := newFixture(t)
	must(t, f.e.SetSite("system", queue.Site{ID: "lahti", Name: "Lahti", TimeZone: "Europe/Helsinki", DayEnd: "17:00"}))
	f.clerks("maija")
	f.clock.now = time.Date(2026, 11, 23, 17, 30, 0, 0, helsinki)
	must(t, f.e.OpenRoom("maija", "5"))
	f.closeDay() // Monday's close: the room was opened for Tuesday
	if f.session("5") != "maija paused=false" {
		t.Fatalf("Monday's close closed a room opened after it: %s", f.session("5"))
	}
	f.clock.now = time.Date(2026, 11, 24, 17, 0, 0, 0, helsinki)
	f.closeDay()
	if f.session("5") != "none" {
		t.Fatalf("Tuesday's close left the room open: %s", f.session("5"))
	}
}
