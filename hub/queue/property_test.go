package queue_test

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"vuoro/hub/queue"
)

// TestRandomActionsNeverLoseOrDuplicateTickets drives the engine with random
// actions of several clerks over several days, veroasiat running over days
// and verokortit not, with the day closed between them. It checks after each
// action that every ticket issued is in exactly one place, that no clerk or
// room holds two visits, that no two open visits share a call id and that
// every visit of a closed day is closed or carried over; and finally that a
// restart rebuilds the very same state.
func TestRandomActionsNeverLoseOrDuplicateTickets(t *testing.T) {
	for seed := range uint64(4) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			f := newFixture(t)
			on := true
			must(t, f.e.ConfigureService("admin", "veroasiat", queue.Settings{}, &on))
			rng := rand.New(rand.NewPCG(seed, 99))
			issued := map[uint64]bool{}
			done := map[string]int{}
			for i := range 400 {
				action := randomAction(f, rng, issued)
				if i%100 == 99 { // the next morning
					d := f.clock.Now().In(helsinki)
					f.clock.now = time.Date(d.Year(), d.Month(), d.Day()+1, 8, 0, 0, 0, helsinki)
					if _, err := f.e.CloseDay(); err != nil {
						t.Fatal(err)
					}
					action += ", day closed"
				}
				done[action]++
				f.clock.Advance(time.Duration(rng.IntN(90)) * time.Second)
				checkInvariants(t, f, issued, fmt.Sprintf("step %d (%s)", i, action))
			}
			for _, a := range []string{"issue", "call", "end", "transfer", "hold", "return"} {
				if done[a] == 0 {
					t.Fatalf("no %q went through in 400 steps: the test exercises too little (%v)", a, done)
				}
			}
			f.checkReplay(func(s *queue.State) string { return fullDump(s, issued) })
		})
	}
}

var (
	services = []string{"veroasiat", "verokortit"}
	clerks   = []string{"maija", "pekka", "aino"}
	rooms    = map[string]string{"maija": "5", "pekka": "6", "aino": "7"}
)

func randomAction(f *fixture, rng *rand.Rand, issued map[uint64]bool) string {
	pickID := func() uint64 {
		ids := slices.Sorted(maps.Keys(issued)) // in order: the seed alone decides the run
		if len(ids) == 0 {
			return 0
		}
		return ids[rng.IntN(len(ids))]
	}
	clerk := clerks[rng.IntN(len(clerks))]
	sv := services[rng.IntN(len(services))]
	id := pickID()
	f.e.Read(func(s *queue.State) { // mostly act on the clerk's own visit, as clerks do
		if t, ok := s.ActiveVisit(clerk); ok && rng.IntN(3) > 0 {
			id = t.ID
		}
	})
	actions := []struct {
		name string
		do   func() error
	}{
		{"issue", func() error {
			out, err := f.e.Issue("k", queue.IssueRequest{RequestID: fmt.Sprint(rng.IntN(400)), Service: sv, Priority: rng.IntN(4) == 0})
			if err == nil {
				issued[out.Ticket.ID] = true
			}
			return err
		}},
		{"call", func() error { _, err := f.e.CallNext(clerk, services, rooms[clerk]); return err }},
		{"call chosen", func() error { _, err := f.e.CallTicket(clerk, id, rooms[clerk]); return err }},
		{"recall", func() error { _, err := f.e.Recall(clerk, id); return err }},
		{"start", func() error { _, err := f.e.Start(clerk, id); return err }},
		{"end", func() error { _, err := f.e.End(clerk, id); return err }},
		{"no-show", func() error { _, err := f.e.NoShow(clerk, id); return err }},
		{"return", func() error { _, err := f.e.Return(clerk, id, rng.IntN(2) == 0); return err }},
		{"hold", func() error { _, err := f.e.Hold(clerk, id); return err }},
		{"resume", func() error { _, err := f.e.Resume(clerk, id); return err }},
		{"transfer", func() error {
			_, err := f.e.Transfer(clerk, id, sv, []queue.Position{queue.Front, queue.End, queue.Original}[rng.IntN(3)])
			return err
		}},
		{"delete", func() error { _, err := f.e.Delete(clerk, id, "test"); return err }},
		{"pause", func() error { return f.e.Pause(clerk, sv, rng.IntN(6) == 0) }},
	}
	// Check-ins and calls are the common actions; the rest are occasional.
	weights := []int{6, 5, 1, 2, 2, 3, 1, 2, 2, 2, 2, 1, 1}
	total := 0
	for _, w := range weights {
		total += w
	}
	n := rng.IntN(total)
	a := actions[len(actions)-1]
	for i, w := range weights {
		if n < w {
			a = actions[i]
			break
		}
		n -= w
	}
	if err := a.do(); err != nil { // rejections are part of the test: they must leave the state whole
		return a.name + " rejected"
	}
	return a.name
}

func checkInvariants(t *testing.T, f *fixture, issued map[uint64]bool, where string) {
	t.Helper()
	f.e.Read(func(s *queue.State) {
		seen := map[uint64]int{}
		for _, sv := range services {
			for _, w := range s.Waiting(sv) {
				seen[w.ID]++
				if w.Status != queue.Waiting || w.Service != sv {
					t.Fatalf("%s: %s listed waiting in %s but is %s in %s", where, w.CallID, sv, w.Status, w.Service)
				}
			}
		}
		busyClerk, busyRoom, open := map[string]bool{}, map[string]bool{}, map[string]bool{}
		for id := range issued {
			tk, ok := s.Ticket(id)
			if !ok {
				t.Fatalf("%s: ticket %d lost", where, id)
			}
			if tk.Status.Open() && open[tk.CallID] {
				t.Fatalf("%s: two open visits are %s", where, tk.CallID)
			}
			open[tk.CallID] = open[tk.CallID] || tk.Status.Open()
			sv, _ := s.Service(tk.Service)
			carried := sv.MultiDay && (tk.Status == queue.Waiting || tk.Status == queue.Held)
			// Right after a close; later in the day a carried visit may be
			// called, transferred and so on.
			if strings.HasSuffix(where, "day closed)") && tk.Day <= s.LastClosed() && tk.Status.Open() && !carried {
				t.Fatalf("%s: %s of the closed day %s is still %s in %s", where, tk.CallID, tk.Day, tk.Status, tk.Service)
			}
			if tk.Status == queue.Waiting && seen[id] != 1 {
				t.Fatalf("%s: waiting %s listed %d times", where, tk.CallID, seen[id])
			}
			if tk.Status != queue.Waiting && seen[id] != 0 {
				t.Fatalf("%s: %s is %s yet listed as waiting", where, tk.CallID, tk.Status)
			}
			if tk.Status.Active() {
				if busyClerk[tk.Clerk] || busyRoom[tk.Room] {
					t.Fatalf("%s: clerk %s or room %s serves two visits", where, tk.Clerk, tk.Room)
				}
				busyClerk[tk.Clerk], busyRoom[tk.Room] = true, true
			}
		}
		if len(seen) > len(issued) {
			t.Fatalf("%s: %d tickets waiting, only %d issued", where, len(seen), len(issued))
		}
	})
}

func fullDump(s *queue.State, issued map[uint64]bool) string {
	out := fmt.Sprint(s.Seq, s.RecentCalls())
	for id := range uint64(s.Seq + 1) {
		if issued[id] {
			tk, _ := s.Ticket(id)
			out += fmt.Sprintf("\n%+v", tk)
		}
	}
	for _, sv := range services {
		out += fmt.Sprint("\n", s.Waiting(sv))
	}
	return out
}
