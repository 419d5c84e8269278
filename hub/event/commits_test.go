package event_test

import (
	"slices"
	"sync"
	"testing"

	"vuoro/hub/event"
)

// commits records the groups the journal reports written.
func commits(j *event.Journal[*tally, add]) func() []event.Commit {
	var mu sync.Mutex
	var got []event.Commit
	j.OnCommit(func(c event.Commit) {
		mu.Lock()
		got = append(got, c)
		mu.Unlock()
	})
	return func() []event.Commit {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(got)
	}
}

// Each group written is reported once, with its size, before its callers
// are answered; a failed write is not reported.
func TestEachGroupCommitIsReported(t *testing.T) {
	j, disk, _ := openDisk(t, rules)
	got := commits(j)
	disk.Stall()
	var wg sync.WaitGroup
	add := func(n int) {
		wg.Add(1)
		go func() { defer wg.Done(); addN(j, n) }()
	}
	add(1)
	<-disk.Stalled()
	for n := 2; n <= 4; n++ {
		add(n)
	}
	waitDecided(j, 4)
	disk.Resume()
	wg.Wait()
	c := got()
	if len(c) != 2 || c[0].Events != 1 || c[1].Events != 3 {
		t.Fatalf("reported %+v, want a group of 1 then one of 3", c)
	}
	if c[0].Took <= 0 {
		t.Fatalf("the group written through a stalled disk took %v", c[0].Took)
	}
	disk.Fail(true)
	if _, err := addN(j, 5); err == nil {
		t.Fatal("a write to a failing disk succeeded")
	}
	if n := len(got()); n != 2 {
		t.Fatalf("a failed write was reported: %d commits", n)
	}
}
