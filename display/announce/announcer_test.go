package announce_test

import (
	"fmt"
	"math"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"vuoro/display/announce"
	"vuoro/display/board"
	"vuoro/hub/queue/queuetest"
)

var t0 = time.Date(2026, 11, 30, 9, 54, 0, 0, time.UTC)

// settings are a display's settings that a test changes as the hub would.
type settings struct {
	p atomic.Pointer[board.Settings]
}

func (s *settings) get() board.Settings { return *s.p.Load() }

func (s *settings) set(f func(*board.Settings)) {
	v := s.get()
	f(&v)
	s.p.Store(&v)
}

type rig struct {
	a        *announce.Announcer
	synth    *fakeSynth
	player   *fakePlayer
	clock    *queuetest.Clock
	settings *settings
	errs     chan error
}

// newRig starts an announcer of fake parts in Finnish and Swedish whose
// player holds the first sound named hold.
func newRig(t *testing.T, o announce.Options, hold string) *rig {
	t.Helper()
	r := &rig{synth: &fakeSynth{}, clock: queuetest.NewClock(t0), errs: make(chan error, 10), settings: &settings{}}
	r.settings.p.Store(&board.Settings{Languages: []string{"fi", "sv"}, Sound: true, Volume: 100})
	r.player = newPlayer(r.synth, hold)
	o.Synth, o.Player, o.Clock, o.Settings = r.synth, r.player, r.clock, r.settings.get
	o.OnError = func(err error) { r.errs <- err }
	a, err := announce.New(o)
	if err != nil {
		t.Fatal(err)
	}
	r.a = a
	a.Start()
	t.Cleanup(a.Close)
	return r
}

func call(id string) board.Entry { return board.Entry{CallID: id, Room: "6"} }

// said is what announcing calls to room 6 sounds like, in Finnish and
// Swedish, with the call ids' letters spelled as a person reads them.
func said(ids ...string) []string {
	var out []string
	for _, id := range ids {
		n := id[1:]
		out = append(out, "chime", "fi: Numero är "+n+", huone 6.", "sv: Nummer ärr "+n+", rum 6.")
	}
	return out
}

func (r *rig) check(t *testing.T, want []string) {
	t.Helper()
	if got := r.player.wait(t, len(want)); !slices.Equal(got, want) {
		t.Errorf("played\n%q\nwant\n%q", got, want)
	}
	time.Sleep(20 * time.Millisecond) // nothing more comes
	r.player.mu.Lock()
	defer r.player.mu.Unlock()
	if len(r.player.played) != len(want) || r.player.cutOff != 0 {
		t.Errorf("played %d sounds, %d cut off; want %d, none cut off", len(r.player.played), r.player.cutOff, len(want))
	}
}

// A burst of five calls comes while the first is being said: each is
// announced whole, in order, and none cuts off another.
func TestBurstInOrderNoneCutOff(t *testing.T) {
	r := newRig(t, announce.Options{}, "fi: Numero är 1, huone 6.")
	r.a.Announce(call("R1"))
	<-r.player.held
	for i := 2; i <= 5; i++ {
		r.a.Announce(call(fmt.Sprint("R", i)))
	}
	close(r.player.release)
	r.check(t, said("R1", "R2", "R3", "R4", "R5"))
	if s := r.a.Stats(); s != (announce.Stats{Announced: 5}) {
		t.Errorf("Stats() = %+v", s)
	}
}

// Seven calls in a burst: at most four wait, so the oldest two waiting
// are dropped; the one being said is finished.
func TestBacklogDropsOldestWaiting(t *testing.T) {
	r := newRig(t, announce.Options{MaxPending: 4}, "fi: Numero är 1, huone 6.")
	r.a.Announce(call("R1"))
	<-r.player.held
	for i := 2; i <= 7; i++ {
		r.a.Announce(call(fmt.Sprint("R", i)))
	}
	close(r.player.release)
	r.check(t, said("R1", "R4", "R5", "R6", "R7"))
	if s := r.a.Stats(); s != (announce.Stats{Announced: 5, Full: 2}) {
		t.Errorf("Stats() = %+v", s)
	}
}

// A recall is announced again, also while the call is being said; a call
// that comes again while it still waits is said once.
func TestRecall(t *testing.T) {
	r := newRig(t, announce.Options{}, "sv: Nummer ärr 19, rum 6.")
	r.a.Announce(call("R19"))
	<-r.player.held
	r.a.Announce(call("R19")) // recalled while being said
	r.a.Announce(call("R20"))
	r.a.Announce(call("R20")) // again while waiting
	close(r.player.release)
	r.check(t, said("R19", "R19", "R20"))
	r.a.Announce(call("R20")) // recalled after it was said
	r.check(t, said("R19", "R19", "R20", "R20"))
	if s := r.a.Stats(); s != (announce.Stats{Announced: 4, Merged: 1}) {
		t.Errorf("Stats() = %+v", s)
	}
}

// A call that waited longer than MaxAge is dropped, not said late.
func TestStaleDropped(t *testing.T) {
	r := newRig(t, announce.Options{}, "fi: Numero är 1, huone 6.")
	r.a.Announce(call("R1"))
	<-r.player.held
	r.a.Announce(call("R2"))
	r.clock.Advance(announce.DefaultMaxAge + time.Second)
	r.a.Announce(call("R3"))
	close(r.player.release)
	r.check(t, said("R1", "R3"))
	if s := r.a.Stats(); s != (announce.Stats{Announced: 2, Stale: 1}) {
		t.Errorf("Stats() = %+v", s)
	}
}

// The languages, their order, the volume and the sound come from the
// settings at each call.
func TestSettings(t *testing.T) {
	r := newRig(t, announce.Options{}, "")
	r.settings.set(func(s *board.Settings) { s.Languages, s.Volume = []string{"en", "fi"}, 50 })
	r.a.Announce(call("A22"))
	want := []string{"chime", "en: Number eh 22, room 6.", "fi: Numero aa 22, huone 6."}
	r.check(t, want)
	r.player.mu.Lock()
	peaks := slices.Clone(r.player.peaks)
	r.player.mu.Unlock()
	// Volume 50 is a quarter of the amplitude: the chime's half scale and
	// the fake speech's 16000 both fall to a quarter.
	for i, want := range []float64{0.125, 0.122, 0.122} {
		if math.Abs(peaks[i]-want) > 0.002 {
			t.Errorf("%s: peak %.3f, want %.3f", r.player.played[i], peaks[i], want)
		}
	}
	r.settings.set(func(s *board.Settings) { s.Sound = false })
	r.a.Announce(call("A23"))
	r.settings.set(func(s *board.Settings) { s.Sound, s.Volume = true, 0 })
	r.a.Announce(call("A24"))
	r.settings.set(func(s *board.Settings) { s.Volume, s.Languages = 100, []string{"sv", "de"} })
	r.a.Announce(call("A25"))
	r.check(t, append(want, "chime", "sv: Nummer a 25, rum 6."))
	select {
	case err := <-r.errs:
		t.Logf("told: %v", err)
	case <-time.After(time.Second):
		t.Error("a language without words: no error")
	}
}

// The counter display chimes and says nothing.
func TestChimeOnly(t *testing.T) {
	r := newRig(t, announce.Options{ChimeOnly: true}, "")
	r.a.Announce(call("R19"))
	r.a.Announce(call("R20"))
	r.check(t, []string{"chime", "chime"})
}

func TestNewNeedsSynthAndPlayer(t *testing.T) {
	if _, err := announce.New(announce.Options{}); err == nil {
		t.Error("New without a Synth and a Player: no error")
	}
}
