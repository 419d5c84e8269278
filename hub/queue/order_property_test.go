package queue_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"vuoro/hub/queue"
)

// TestOrderKeptInPlaceEqualsFullSort drives a queue with random issues,
// calls, returns, holds, transfers, priority changes and changes of the
// priority rule, and checks after each step that the calling order kept in
// place is the order a full sort gives, and that every waiting ticket's
// Ahead is its index in it.
func TestOrderKeptInPlaceEqualsFullSort(t *testing.T) {
	for seed := range uint64(3) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			f := newFixture(t)
			rng := rand.New(rand.NewPCG(seed, 7))
			var ids []uint64
			for i := range 300 {
				ids = append(ids, randomOrderStep(f, rng, ids)...)
				f.clock.Advance(time.Duration(rng.IntN(40)) * time.Second)
				checkOrder(t, f, fmt.Sprint("step ", i))
			}
		})
	}
}

func randomOrderStep(f *fixture, rng *rand.Rand, ids []uint64) []uint64 {
	id := uint64(0)
	if len(ids) > 0 {
		id = ids[rng.IntN(len(ids))]
	}
	sv := services[rng.IntN(len(services))]
	switch rng.IntN(9) {
	case 0, 1, 2:
		is, err := f.e.Issue("kiosk:k1", queue.IssueRequest{Service: sv, Priority: rng.IntN(3) == 0})
		must(f.t, err)
		return []uint64{is.Ticket.ID}
	case 3:
		if tk, err := f.e.CallNext("maija", []string{sv}, "5"); err == nil {
			f.e.Return("clerk:maija", tk.ID, rng.IntN(2) == 0)
		}
	case 4:
		if tk, err := f.e.CallNext("maija", []string{sv}, "5"); err == nil {
			f.e.End("clerk:maija", tk.ID)
		}
	case 5:
		f.e.SetPriority("clerk:maija", id, rng.IntN(2) == 0)
	case 6:
		pos := []queue.Position{queue.Front, queue.End, queue.Original}[rng.IntN(3)]
		f.e.Transfer("advisor:aino", id, sv, pos)
	case 7:
		if _, err := f.e.Hold("clerk:maija", id); err != nil {
			f.e.Resume("clerk:maija", id)
		}
	case 8:
		rule := queue.Rule{Interleave: rng.IntN(4), Boost: time.Duration(rng.IntN(4)) * time.Minute}
		must(f.t, f.e.Configure("admin", sv, queue.Settings{Rule: rule}))
	}
	return nil
}

func checkOrder(t *testing.T, f *fixture, when string) {
	t.Helper()
	f.e.Read(func(s *queue.State) {
		for _, sv := range services {
			if !s.KeptInPlace(sv) {
				t.Fatalf("%s: %s's waiting list is out of place order", when, sv)
			}
			got, want := s.Order(sv), s.NaiveOrder(sv)
			if !slices.Equal(got, want) {
				t.Fatalf("%s: %s order\n got %v\nwant %v", when, sv, got, want)
			}
			for i, tk := range s.Waiting(sv) {
				if a := s.Ahead(tk.ID); a != i {
					t.Fatalf("%s: %s is %d in the order but Ahead says %d", when, tk.CallID, i, a)
				}
			}
		}
	})
}
