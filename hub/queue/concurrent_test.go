package queue_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"vuoro/hub/event/eventtest"
	"vuoro/hub/queue"
)

// TestSixtyFourKiosksAtOnce issues 64 tickets at once, written in groups:
// every kiosk gets its own number, numbers follow the log's order, and a
// restart rebuilds the same queue.
func TestSixtyFourKiosksAtOnce(t *testing.T) {
	f := newFixture(t)
	got := make([]queue.Issued, 64)
	errs := make([]error, 64)
	var wg sync.WaitGroup
	for i := range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], errs[i] = f.e.Issue("kiosk:k1", queue.IssueRequest{RequestID: fmt.Sprint("m", i), Service: "veroasiat", Device: "k1"})
		}()
	}
	wg.Wait()
	slices.SortFunc(got, func(a, b queue.Issued) int { return int(a.Ticket.ID) - int(b.Ticket.ID) })
	for i, v := range got {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if v.Ticket.Number != i+1 || v.Ahead != i {
			t.Fatalf("the %d. ticket in the log is %s with %d ahead, want R%d with %d", i+1, v.Ticket.CallID, v.Ahead, i+1, i)
		}
	}
	stored, err := f.st.Events(got[0].Ticket.ID-1, 100)
	if err != nil || len(stored) != 64 || stored[63].Seq != got[63].Ticket.ID {
		t.Fatalf("the log holds %d events after the first ticket (%v)", len(stored), err)
	}
	f.checkSnapshot("after 64 kiosks")
}

// TestStalledDiskLeavesConsoleReads stalls the disk under a clerk's call:
// the call waits, and what a console reads (the queues, the visits being
// served) comes at once; the call is answered when the disk comes back.
func TestStalledDiskLeavesConsoleReads(t *testing.T) {
	f := newFixture(t)
	v := f.issue("veroasiat")
	disk := eventtest.NewDisk(f.st)
	e, err := queue.Open(disk, f.clock)
	must(t, err)
	disk.Stall()
	called := make(chan error, 1)
	go func() { _, err := e.CallNext("maija", []string{"veroasiat"}, "5"); called <- err }()
	<-disk.Stalled()
	read := make(chan int, 1)
	go func() {
		e.Read(func(s *queue.State) { read <- len(s.Waiting("veroasiat")) + len(s.Serving()) })
	}()
	select {
	case n := <-read:
		if n != 1 {
			t.Fatalf("the console reads %d visits, want the one", n)
		}
	case <-time.After(time.Second):
		t.Fatal("a console read waited for the stalled disk")
	}
	select {
	case err := <-called:
		t.Fatalf("the call was answered before it was on disk: %v", err)
	case <-time.After(20 * time.Millisecond):
	}
	disk.Resume()
	if err := <-called; err != nil {
		t.Fatal(err)
	}
	e.Read(func(s *queue.State) {
		if tk, ok := s.RoomVisit("5"); !ok || tk.ID != v.Ticket.ID {
			t.Fatalf("room 5 serves %+v after the call", tk)
		}
	})
}
