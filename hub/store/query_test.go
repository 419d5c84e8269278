package store_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/store"
)

// randomLog appends n events of visits: issued under call ids that repeat
// (as they do every day), then called, started and ended by clerks, with
// other events between; times grow by 0 to 90 seconds.
func randomLog(t *testing.T, s *store.Store, r *rand.Rand, n int) []event.Event {
	t.Helper()
	at := time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)
	actors := []string{"clerk:maija", "clerk:Matti", "kiosk:k1", "kiosk:k2", "system"}
	var visits []uint64
	var out []event.Event
	for range n {
		at = at.Add(time.Duration(r.IntN(90)) * time.Second)
		ev := event.Event{Time: at, Actor: actors[r.IntN(len(actors))]}
		switch x := r.IntN(10); {
		case x < 3 || len(visits) == 0:
			ev.Kind, ev.Payload = "ticket.issued", json.RawMessage(fmt.Sprintf(`{"service":"s","call_id":"R%d"}`, r.IntN(4)+1))
		case x < 8:
			kinds := []string{"ticket.called", "visit.started", "visit.ended"}
			ev.Kind = kinds[r.IntN(len(kinds))]
			ev.Payload = json.RawMessage(fmt.Sprintf(`{"ticket":%d}`, visits[r.IntN(len(visits))]))
		case x < 9:
			ev.Kind, ev.Payload = "log.viewed", json.RawMessage(`{"filter":"ticket=R1"}`)
		default:
			ev.Kind, ev.Payload = "voucher.x", json.RawMessage(`{"ticket":"not a visit","call_id":7}`)
		}
		seq, err := s.Append(ev)
		if err != nil {
			t.Fatal(err)
		}
		ev.Seq = seq
		if ev.Kind == "ticket.issued" {
			visits = append(visits, seq)
		}
		out = append(out, ev)
	}
	return out
}

// want filters the log by scanning it, as the console did before the
// indexes.
func want(log []event.Event, f store.Filter, after uint64) []uint64 {
	visitOf := func(ev event.Event) (uint64, string) {
		var p struct {
			Ticket uint64 `json:"ticket"`
			CallID string `json:"call_id"`
		}
		if json.Unmarshal(ev.Payload, &p) != nil {
			return 0, ""
		}
		if p.CallID != "" {
			return ev.Seq, p.CallID
		}
		return p.Ticket, ""
	}
	called := map[uint64]bool{}
	var out []uint64
	for _, ev := range log {
		if ev.Time.Before(f.From) || (!f.To.IsZero() && ev.Time.After(f.To)) {
			continue
		}
		v, call := visitOf(ev)
		if call != "" && call == f.CallID {
			called[v] = true
		}
		switch {
		case ev.Seq <= after:
		case f.Kind != "" && ev.Kind != f.Kind:
		case f.Actor != "" && !strings.Contains(strings.ToLower(ev.Actor), strings.ToLower(f.Actor)):
		case f.Visit != 0 && v != f.Visit:
		case f.CallID != "" && !called[v]:
		default:
			out = append(out, ev.Seq)
		}
	}
	return out
}

func randomFilter(r *rand.Rand, log []event.Event) store.Filter {
	var f store.Filter
	pick := func() event.Event { return log[r.IntN(len(log))] }
	// A bound on a minute, or on an event's own time, at or between events.
	bound := func() time.Time { return pick().Time.Truncate(time.Duration(1+r.IntN(2)*59) * time.Second) }
	if r.IntN(2) == 0 {
		f.From = bound()
	}
	if r.IntN(3) == 0 {
		f.To = bound()
	}
	if r.IntN(3) == 0 {
		f.Kind = []string{"ticket.issued", "ticket.called", "visit.ended", "log.viewed", "room.added"}[r.IntN(5)]
	}
	if r.IntN(3) == 0 {
		f.Actor = []string{"MAIJA", "clerk:", "kiosk:k2", "t", "nobody"}[r.IntN(5)]
	}
	switch r.IntN(4) {
	case 0:
		f.Visit = pick().Seq
	case 1:
		f.CallID = []string{"R1", "R3", "R9"}[r.IntN(3)]
	}
	return f
}

// Every page of every filter, followed by its cursor, lists exactly the
// events a scan of the whole log finds, in order, and the last page says
// there is no next one.
func TestQueryPagesAsAScanFilters(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "hub.db"))
	defer s.Close()
	r := rand.New(rand.NewPCG(1, 2))
	log := randomLog(t, s, r, 3000)
	for i := range 300 {
		f := randomFilter(r, log)
		start := uint64(0)
		if i%4 == 0 {
			start = log[r.IntN(len(log))].Seq
		}
		exp := want(log, f, start)
		limit := 1 + r.IntN(60)
		var got []uint64
		for after, pages := start, 0; ; pages++ {
			p, err := s.Query(f, after, limit)
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Events) > limit || (p.Next != 0 && len(p.Events) != limit) {
				t.Fatalf("filter %+v: a page of %d events (limit %d) with next %d", f, len(p.Events), limit, p.Next)
			}
			for _, ev := range p.Events {
				got = append(got, ev.Seq)
			}
			if p.Next == 0 {
				break
			}
			after = p.Next
		}
		if !slices.Equal(got, exp) {
			t.Fatalf("filter %+v after %d: got %d events %v, want %d %v", f, start, len(got), head(got), len(exp), head(exp))
		}
	}
}

func head(s []uint64) []uint64 { return s[:min(len(s), 12)] }

// A page holds the events themselves, as stored.
func TestQueryReturnsTheStoredEvents(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "hub.db"))
	defer s.Close()
	log := randomLog(t, s, rand.New(rand.NewPCG(3, 4)), 200)
	p, err := s.Query(store.Filter{Kind: "ticket.issued"}, 0, 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range p.Events {
		w := log[ev.Seq-1]
		if ev.Kind != "ticket.issued" || ev.Actor != w.Actor || !ev.Time.Equal(w.Time) || string(ev.Payload) != string(w.Payload) {
			t.Fatalf("event %d = %+v, stored %+v", ev.Seq, ev, w)
		}
	}
}

// An imported log is stored and indexed as appended events are; an event
// numbered other than where it would go is refused, and nothing of its
// batch is kept.
func TestImport(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "hub.db"))
	defer s.Close()
	at := time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)
	evs := []event.Event{
		{Seq: 1, Time: at, Actor: "kiosk:k1", Kind: "ticket.issued", Payload: json.RawMessage(`{"call_id":"R1"}`)},
		{Time: at, Actor: "clerk:maija", Kind: "ticket.called", Payload: json.RawMessage(`{"ticket":1}`)},
	}
	if err := s.Import(evs); err != nil {
		t.Fatal(err)
	}
	if err := s.Import([]event.Event{{Seq: 3, Kind: "x"}, {Seq: 5, Kind: "y"}}); err == nil {
		t.Fatal("an event numbered 5 imported as 4")
	}
	p, err := s.Query(store.Filter{CallID: "R1"}, 0, 10)
	if err != nil || len(p.Events) != 2 || p.Events[1].Kind != "ticket.called" {
		t.Fatalf("visit R1: %+v, %v", p.Events, err)
	}
	if n, _ := s.LastSeq(); n != 2 {
		t.Fatalf("last event %d after a refused import, want 2", n)
	}
}
