package queue_test

import (
	"testing"
	"time"

	"vuoro/hub/queue"
)

// serve has clerk serve n visits of veroasiat in room, each taking d.
func (f *fixture) serve(clerk, room string, n int, d time.Duration) {
	f.t.Helper()
	for range n {
		f.issue("veroasiat")
		t, err := f.e.CallNext(clerk, []string{"veroasiat"}, room)
		must(f.t, err)
		_, err = f.e.Start(clerk, t.ID)
		must(f.t, err)
		f.clock.Advance(d)
		_, err = f.e.End(clerk, t.ID)
		must(f.t, err)
	}
}

func (f *fixture) estimate(ahead int) (queue.Estimate, bool) {
	var est queue.Estimate
	var ok bool
	f.e.Read(func(s *queue.State) { est, ok = s.EstimateWait("veroasiat", ahead, f.clock.Now()) })
	return est, ok
}

func TestEstimateWithoutHistoryIsNotKnown(t *testing.T) {
	f := newFixture(t)
	if est := f.issue("veroasiat").Ticket.Estimate; est.Known() {
		t.Fatalf("first ticket of a new service got estimate %+v", est)
	}
	f.serve("maija", "5", 4, 10*time.Minute) // too few service times
	if est, ok := f.estimate(3); ok {
		t.Fatalf("estimate from 4 service times = %+v, want not known", est)
	}
}

func TestEstimateOfSteadyServiceIsNarrow(t *testing.T) {
	f := newFixture(t)
	f.serve("maija", "5", 6, 10*time.Minute)
	for range 3 {
		f.issue("veroasiat")
	}
	got := f.issue("veroasiat")
	est := got.Ticket.Estimate
	if !est.Known() || est.Ahead != 3 || est.Clerks != 1 {
		t.Fatalf("estimate = %+v, want one from 3 ahead and 1 clerk", est)
	}
	// maija is free: she takes the 3 ahead, 10 min each, then this one.
	if est.Low != 30 || est.High != 30 {
		t.Fatalf("estimate %d–%d min, want 30–30 for 3 visits of exactly 10 min", est.Low, est.High)
	}
}

func TestEstimateRangeWidensWithVariedService(t *testing.T) {
	f := newFixture(t)
	for _, m := range []int{4, 6, 8, 12, 16, 20} {
		f.serve("maija", "5", 1, time.Duration(m)*time.Minute)
	}
	est, ok := f.estimate(0)
	if !ok || est.Low != 0 || est.High != 0 {
		t.Fatalf("free clerk, nobody ahead: %+v %v, want 0–0", est, ok)
	}
	est, ok = f.estimate(1) // one visit to be served first
	if !ok || est.Low != 10 || est.High != 18 {
		t.Fatalf("one ahead: %d–%d min, want 10–18 (the samples' P50 and P90)", est.Low, est.High)
	}
}

func TestEstimateIsShorterWithMoreClerks(t *testing.T) {
	f := newFixture(t)
	f.serve("maija", "5", 6, 10*time.Minute)
	one, ok := f.estimate(6)
	if !ok || one.Clerks != 1 {
		t.Fatalf("one clerk: %+v %v", one, ok)
	}
	f.serve("pekka", "6", 1, 10*time.Minute)
	two, ok := f.estimate(6)
	if !ok || two.Clerks != 2 {
		t.Fatalf("two clerks: %+v %v", two, ok)
	}
	if two.High >= one.Low {
		t.Fatalf("two clerks %d–%d min, one clerk %d–%d min: want two shorter", two.Low, two.High, one.Low, one.High)
	}
	f.clock.Advance(31 * time.Minute) // both have left the queue
	if est, ok := f.estimate(6); ok {
		t.Fatalf("nobody has served the queue for 31 min: estimate %+v, want not known", est)
	}
}

func TestEstimateGivenIsKeptInTheLog(t *testing.T) {
	f := newFixture(t)
	f.serve("maija", "5", 6, 10*time.Minute)
	f.issue("veroasiat")
	id := f.issue("veroasiat").Ticket.ID
	f.reopen()
	f.e.Read(func(s *queue.State) {
		tk, _ := s.Ticket(id)
		if tk.Estimate.Low != 10 || tk.Estimate.Samples != 6 {
			t.Fatalf("replayed estimate %+v, want 10 min from 6 samples", tk.Estimate)
		}
	})
}
