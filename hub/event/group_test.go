package event_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/event/eventtest"
	"vuoro/hub/store"
)

// openDisk opens a journal of tallies over a real data file behind a Disk.
func openDisk(t *testing.T, r event.Rules[*tally, add]) (*event.Journal[*tally, add], *eventtest.Disk, *store.Store) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "hub.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	disk := eventtest.NewDisk(st)
	j, err := event.Open("test", disk, clock{}, r)
	if err != nil {
		t.Fatal(err)
	}
	return j, disk, st
}

// addN commits an "add" of n in its own Do, and returns its event.
func addN(j *event.Journal[*tally, add], n int) (event.Event, error) {
	var ev event.Event
	err := j.Do(func(*tally) error {
		var err error
		ev, err = j.Commit("tester", "add", map[string]int{"n": n})
		return err
	})
	return ev, err
}

func sumOf(j *event.Journal[*tally, add]) (sum, events int) {
	j.Read(func(s *tally) { sum, events = s.sum, s.events })
	return sum, events
}

// observe records the sequence numbers the journal's observers see;
// read them inside Read.
func observe(j *event.Journal[*tally, add]) *[]uint64 {
	var seen []uint64
	j.Observe(func(ev event.Event, _ add, _ *tally) { seen = append(seen, ev.Seq) })
	return &seen
}

// waitDecided waits until the state has n events applied.
func waitDecided(j *event.Journal[*tally, add], n int) {
	for {
		if _, got := sumOf(j); got == n {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// within fails the test unless fn returns within a second.
func within(t *testing.T, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { fn(); close(done) }()
	select {
	case <-done:
	case <-time.After(time.Second):
		t.Fatalf("%s waited for the stalled disk", what)
	}
}

func TestStalledDiskBlocksNoReader(t *testing.T) {
	j, disk, _ := openDisk(t, rules)
	seen := observe(j)
	disk.Stall()
	answered := make(chan error, 2)
	go func() { _, err := addN(j, 5); answered <- err }()
	<-disk.Stalled()

	// The disk hangs in the write of the first command: readers go on,
	// and so does the next command's decision.
	within(t, "Read", func() {
		if sum, _ := sumOf(j); sum != 5 {
			t.Errorf("a reader sees sum %d, want the decided 5", sum)
		}
	})
	go func() { _, err := addN(j, 7); answered <- err }()
	within(t, "a second decision", func() { waitDecided(j, 2) })
	select {
	case err := <-answered:
		t.Fatalf("a caller was answered before its event was on disk: %v", err)
	case <-time.After(50 * time.Millisecond):
	}
	j.Read(func(*tally) {
		if len(*seen) != 0 {
			t.Fatalf("observers saw %v before it was on disk", *seen)
		}
	})
	disk.Resume()
	for range 2 {
		if err := <-answered; err != nil {
			t.Fatal(err)
		}
	}
	j.Read(func(*tally) {
		if !slices.Equal(*seen, []uint64{1, 2}) {
			t.Fatalf("observed %v, want 1 and 2 in order", *seen)
		}
	})
}

func TestConcurrentCallersShareOneWrite(t *testing.T) {
	j, disk, st := openDisk(t, rules)
	seen := observe(j)
	disk.Stall()
	got := make([]event.Event, 64)
	errs := make([]error, 64)
	var wg sync.WaitGroup
	call := func(i int) {
		wg.Add(1)
		go func() { defer wg.Done(); got[i], errs[i] = addN(j, i+1) }()
	}
	call(0)
	<-disk.Stalled() // the first command's write hangs; 63 more are decided meanwhile
	for i := 1; i < 64; i++ {
		call(i)
	}
	waitDecided(j, 64)
	disk.Resume()
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	if b := disk.Batches(); !slices.Equal(b, []int{1, 63}) {
		t.Fatalf("written in batches of %v, want 1 and then the 63 decided during its write", b)
	}
	stored, err := st.Events(0, 100)
	if err != nil {
		t.Fatal(err)
	}
	byN := map[int]uint64{}
	for i, ev := range stored {
		var v add
		json.Unmarshal(ev.Payload, &v)
		if _, twice := byN[v.N]; twice || ev.Seq != uint64(i+1) {
			t.Fatalf("stored event %d (seq %d) adds %d again or out of order", i, ev.Seq, v.N)
		}
		byN[v.N] = ev.Seq
	}
	for i, ev := range got {
		if byN[i+1] != ev.Seq {
			t.Fatalf("caller %d was told seq %d, the log has its event at %d", i, ev.Seq, byN[i+1])
		}
	}
	j.Read(func(*tally) {
		if len(stored) != 64 || len(*seen) != 64 || !slices.IsSorted(*seen) {
			t.Fatalf("%d stored, observed %v", len(stored), *seen)
		}
	})
}

func TestFailedWriteFailsItsBatchAndRebuildsFromTheLog(t *testing.T) {
	j, disk, st := openDisk(t, rules)
	seen := observe(j)
	for _, n := range []int{1, 2} {
		if _, err := addN(j, n); err != nil {
			t.Fatal(err)
		}
	}
	disk.Stall()
	errs := make(chan error, 3)
	go func() { _, err := addN(j, 100); errs <- err }()
	<-disk.Stalled()
	for _, n := range []int{200, 300} { // decided on top of the write that will fail
		go func() { _, err := addN(j, n); errs <- err }()
	}
	waitDecided(j, 5)
	disk.Fail(true)
	disk.Resume()
	for range 3 {
		if err := <-errs; err == nil || !errors.Is(err, eventtest.ErrDisk) {
			t.Fatalf("a caller of the failed batch or after it: %v, want the disk's error", err)
		}
	}
	if sum, n := sumOf(j); sum != 3 || n != 2 || j.FailedAt().IsZero() {
		t.Fatalf("after the failed write the state has sum %d of %d events, want the log's 3 of 2", sum, n)
	}
	disk.Fail(false)
	ev, err := addN(j, 4)
	if err != nil || ev.Seq != 3 {
		t.Fatalf("the next command: seq %d, %v; want 3", ev.Seq, err)
	}
	re, err := event.Open("test", st, clock{}, rules)
	if err != nil {
		t.Fatal(err)
	}
	live, _ := sumOf(j)
	if sum, _ := sumOf(re); sum != 7 || live != 7 {
		t.Fatalf("sum %d, replayed %d, want 7", live, sum)
	}
	j.Read(func(*tally) {
		if !slices.Equal(*seen, []uint64{1, 2, 3}) {
			t.Fatalf("observed %v: only durable events", *seen)
		}
	})
}

// snapped is a tally kept in snapshots.
var snapped = event.Rules[*tally, add]{Take: decode, Apply: apply, New: newTally,
	Save: func(t *tally) func() ([]byte, error) {
		v := map[string]int{"v": 1, "sum": t.sum, "events": t.events}
		return func() ([]byte, error) { return json.Marshal(v) }
	},
	Load: func(b []byte) (*tally, error) {
		var v map[string]int
		if err := json.Unmarshal(b, &v); err != nil || v["v"] != 1 {
			return nil, fmt.Errorf("not a tally of version 1: %s", b)
		}
		return &tally{sum: v["sum"], events: v["events"]}, nil
	},
}

func TestStartFromSnapshotAndTheLogWhenItCannot(t *testing.T) {
	j, _, st := openDisk(t, snapped)
	j.SnapshotEvery(3, 0)
	for n := range 10 {
		addN(j, n+1)
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := addN(j, 1); !errors.Is(err, event.ErrClosed) {
		t.Fatalf("a command after Close: %v", err)
	}
	reopen := func() (sum, decoded int, s event.Start) {
		re, err := event.Open("test", st, clock{}, snapped)
		if err != nil {
			t.Fatal(err)
		}
		re.Read(func(t *tally) { sum, decoded = t.sum, t.decoded })
		return sum, decoded, re.Started()
	}
	if sum, decoded, s := reopen(); sum != 55 || decoded != 0 || s.Snapshot != 10 || s.Replayed != 0 || s.Unused != nil {
		t.Fatalf("after a clean stop: sum %d, %d decoded, start %+v", sum, decoded, s)
	}

	// Two more events, and no clean stop: the snapshot and the tail.
	j, _ = event.Open("test", st, clock{}, snapped)
	addN(j, 11)
	addN(j, 12)
	if sum, decoded, s := reopen(); sum != 78 || decoded != 2 || s.Snapshot != 10 || s.Replayed != 2 {
		t.Fatalf("after a crash: sum %d, %d decoded, start %+v", sum, decoded, s)
	}

	// A damaged snapshot, or one of another version: the whole log.
	for _, data := range []string{`{"v":1,"sum":`, `{"v":2,"sum":78,"events":12}`} {
		if err := st.Write(event.Batch{Snapshot: &event.Snapshot{Seq: 12, Data: []byte(data)}}); err != nil {
			t.Fatal(err)
		}
		if sum, decoded, s := reopen(); sum != 78 || decoded != 12 || s.Snapshot != 0 || s.Unused == nil {
			t.Fatalf("snapshot %s: sum %d, %d decoded, start %+v", data, sum, decoded, s)
		}
	}
	// A snapshot of an event the log does not hold is not used.
	st.Write(event.Batch{Snapshot: &event.Snapshot{Seq: 99, Data: []byte(`{"v":1,"sum":1000,"events":99}`)}})
	if sum, _, s := reopen(); sum != 78 || s.Snapshot != 0 {
		t.Fatalf("a snapshot ahead of the log: sum %d, start %+v", sum, s)
	}
}
