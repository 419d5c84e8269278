package queue_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"vuoro/hub/queue"
)

// twoAreas gives the fixture's site two waiting areas, room 5 in the
// ground floor's and room 6 upstairs.
func twoAreas(f *fixture) {
	f.t.Helper()
	must(f.t, f.e.SetSite("system", queue.Site{ID: "lahti", Name: "Lahden virastotalo", TimeZone: "Europe/Helsinki",
		WaitingRooms: []queue.WaitingArea{{ID: "aula", Names: map[string]string{"fi": "Aula"}},
			{ID: "yla", Names: map[string]string{"fi": "Yläkerta"}}}}))
	must(f.t, f.e.UpdateRoom("system", queue.Room{ID: "5", WaitingArea: "aula"}))
	must(f.t, f.e.UpdateRoom("system", queue.Room{ID: "6", WaitingArea: "yla"}))
}

func TestAConfiguredDisplayKeepsItsConfigurationOverARestart(t *testing.T) {
	f := newFixture(t)
	twoAreas(f)
	_, err := f.e.EnrolDevice("admin", "aula-1", queue.DeviceQueueDisplay, "", f.clock.Now().Add(time.Hour))
	must(t, err)
	want := queue.DisplayConfig{WaitingArea: "aula", Languages: []string{"sv", "fi"}, Sound: true, Volume: 40,
		Info: map[string]string{"fi": "Virasto sulkeutuu klo 15", "sv": "Ämbetsverket stänger kl. 15"}, HighlightSeconds: 20}
	_, err = f.e.ConfigureDevice("admin", "aula-1", want)
	must(t, err)
	f.checkSnapshot("after a display's configuration")
	f.reopen()
	var d queue.Device
	var rooms []string
	f.e.Read(func(s *queue.State) { d, _ = s.Device("aula-1"); rooms = s.WaitingAreaRooms("aula") })
	got := d.DisplayConfigOf()
	if got.WaitingArea != "aula" || !slices.Equal(got.Languages, want.Languages) || got.Volume != 40 || got.Info["sv"] != want.Info["sv"] {
		t.Fatalf("after a restart the display's configuration is %+v, want %+v", got, want)
	}
	if !slices.Equal(rooms, []string{"5"}) {
		t.Fatalf("the rooms of the ground floor's waiting area are %v, want [5]", rooms)
	}
}

func TestADisplayConfigurationThatCannotBeIsRefused(t *testing.T) {
	f := newFixture(t)
	twoAreas(f)
	exp := f.clock.Now().Add(time.Hour)
	for _, d := range []struct {
		id   string
		kind queue.DeviceKind
		room string
	}{{"aula-1", queue.DeviceQueueDisplay, ""}, {"k1", queue.DeviceKiosk, ""}, {"c5", queue.DeviceCounterDisplay, "5"}} {
		_, err := f.e.EnrolDevice("admin", d.id, d.kind, d.room, exp)
		must(t, err)
	}
	for _, c := range []struct {
		name   string
		device string
		config queue.DisplayConfig
		want   error
	}{
		{"an identity code in the information line", "aula-1", queue.DisplayConfig{Info: map[string]string{"fi": "Soita 010280-952L"}}, queue.ErrInfoLine},
		{"a volume over 100", "aula-1", queue.DisplayConfig{Volume: 101}, queue.ErrInvalid},
		{"a language not spoken", "aula-1", queue.DisplayConfig{Languages: []string{"de"}}, queue.ErrInvalid},
		{"a waiting area the site has not", "aula-1", queue.DisplayConfig{WaitingArea: "kellari"}, queue.ErrNotFound},
		{"a counter display in a waiting area", "c5", queue.DisplayConfig{WaitingArea: "aula"}, queue.ErrInvalid},
		{"a kiosk", "k1", queue.DisplayConfig{}, queue.ErrInvalid},
		{"a device never enrolled", "nobody", queue.DisplayConfig{}, queue.ErrNotFound},
	} {
		if _, err := f.e.ConfigureDevice("admin", c.device, c.config); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	if err := f.e.UpdateRoom("system", queue.Room{ID: "5", WaitingArea: "kellari"}); !errors.Is(err, queue.ErrNotFound) {
		t.Errorf("a room in a waiting area the site has not: %v, want ErrNotFound", err)
	}
}

// A waiting area whose rooms are quiet keeps its last calls however many
// calls another area gets.
func TestAQuietWaitingAreaKeepsItsCallsWhileAnotherIsBusy(t *testing.T) {
	f := newFixture(t)
	twoAreas(f)
	f.issue("veroasiat")
	aula, err := f.e.CallNext("maija", []string{"veroasiat"}, "5")
	must(t, err)
	for range 20 {
		f.issue("veroasiat")
		called, err := f.e.CallNext("pekka", []string{"veroasiat"}, "6")
		must(t, err)
		_, err = f.e.End("pekka", called.ID)
		must(t, err)
	}
	var site, ground []queue.Call
	f.e.Read(func(s *queue.State) { site, ground = s.RecentCalls(), s.RecentCallsIn(s.WaitingAreaRooms("aula")) })
	if len(site) != 12 || site[0].Room != "6" {
		t.Errorf("the site's recent calls are %d, newest to room %s; want 12, newest to 6", len(site), site[0].Room)
	}
	if len(ground) != 1 || ground[0].Ticket != aula.ID {
		t.Fatalf("the ground floor's recent calls are %+v, want its one call %s", ground, aula.CallID)
	}
	f.checkSnapshot("after calls in two areas")
}
