package queue_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

// plainLog is the store seen as a plain log: no snapshots, so a journal
// over it replays every event.
type plainLog struct{ event.Log }

// TestSnapshotAndTailEqualFullReplay drives the engine with random actions
// of several clerks over six days, the day closed between them and
// personal data erased after a two-day retention period, with snapshots
// every few events. At checkpoints, the state loaded from the newest
// snapshot and the events after it, the state replayed from the whole log
// and the live state must encode the same: every field and index of the
// state is in the encoding.
func TestSnapshotAndTailEqualFullReplay(t *testing.T) {
	for seed := range uint64(3) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			f := newFixture(t)
			rng := rand.New(rand.NewPCG(seed, 7))
			queue.SnapshotEvery(f.e, 5+rng.IntN(30))
			on := true
			must(t, f.e.ConfigureService("admin", "veroasiat", queue.Settings{}, &on))
			must(t, f.e.SetSiteParams("admin", queue.SiteParams{NoShowAfter: 2, RetentionDays: 2}))
			issued := map[uint64]bool{}
			fromSnapshot := 0
			for i := range 600 {
				randomAction(f, rng, issued)
				if id := pick(rng, issued); rng.IntN(8) == 0 { // notes on any visit, archived ones too
					f.e.AddMessage("clerk:maija", id, "soita 010280-952L")
					f.e.RecordAccess("clerk:maija", id, "console")
				}
				f.clock.Advance(time.Duration(rng.IntN(90)) * time.Second)
				if i%100 == 99 { // the next morning
					d := f.clock.Now().In(helsinki)
					f.clock.now = time.Date(d.Year(), d.Month(), d.Day()+1, 8, 0, 0, 0, helsinki)
					_, err := f.e.CloseDay()
					must(t, err)
					_, err = f.e.ErasePersonalData(f.st, f.clock.Now())
					must(t, err)
				}
				if i%50 == 49 {
					if f.checkSnapshot(fmt.Sprintf("step %d", i)).Snapshot > 0 {
						fromSnapshot++
					}
				}
			}
			var whole, archived, requests int
			f.e.Read(func(s *queue.State) { whole, archived, requests = queue.Kept(s) })
			if fromSnapshot < 6 || archived == 0 || whole == 0 {
				t.Fatalf("%d starts from a snapshot, %d visits kept whole, %d archived: the test exercises too little",
					fromSnapshot, whole, archived)
			}
			if requests > whole {
				t.Fatalf("%d kiosk request ids kept for %d visits of the open days", requests, whole)
			}
		})
	}
}

// checkSnapshot loads the engine's state from its snapshot and the log's
// tail, and from the whole log, and fails unless both equal the live state.
func (f *fixture) checkSnapshot(where string) event.Start {
	f.t.Helper()
	var live []byte
	f.e.Read(func(s *queue.State) { live = queue.Snapshot(s) })
	fromSnap, err := queue.Open(f.st, f.clock)
	must(f.t, err)
	full, err := queue.Open(plainLog{f.st}, f.clock)
	must(f.t, err)
	for name, e := range map[string]*queue.Engine{"snapshot and tail": fromSnap, "full replay": full} {
		var got []byte
		e.Read(func(s *queue.State) { got = queue.Snapshot(s) })
		if !bytes.Equal(got, live) {
			i := 0
			for i < min(len(got), len(live)) && got[i] == live[i] {
				i++
			}
			f.t.Fatalf("%s: the state from %s (%+v) differs from the live one at byte %d:\n%s\n%s", where, name, e.Started(), i,
				got[max(0, i-300):min(len(got), i+200)], live[max(0, i-300):min(len(live), i+200)])
		}
	}
	return fromSnap.Started()
}

func pick(rng *rand.Rand, issued map[uint64]bool) uint64 {
	n := rng.IntN(len(issued) + 1)
	for id := range issued {
		if n--; n < 0 {
			return id
		}
	}
	return 0
}

func TestErasureLeavesNoPersonalDataInTheSnapshot(t *testing.T) {
	f := newFixture(t)
	v := f.issue("veroasiat")
	if _, err := f.e.AddMessage("clerk:maija", v.Ticket.ID, "Matti Meikäläinen soittaa"); err != nil {
		t.Fatal(err)
	}
	must(t, f.e.Close()) // a snapshot holding the message
	f.reopen()
	queue.SnapshotEvery(f.e, 1000)
	f.clock.Advance(40 * 24 * time.Hour)
	f.closeDay()
	if _, err := f.e.ErasePersonalData(f.st, f.clock.Now()); err != nil {
		t.Fatal(err)
	}
	snap, ok, err := f.st.Snapshot()
	if err != nil || !ok || bytes.Contains(snap.Data, []byte("Meikäläinen")) {
		t.Fatalf("the snapshot after the erasure (%v, %v) holds the message: %.300s", ok, err, snap.Data)
	}
	f.checkSnapshot("after the erasure")
}
