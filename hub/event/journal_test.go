package event_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/store"
)

type clock struct{}

func (clock) Now() time.Time { return time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC) }

// tally is a state that sums the n of every "add" event.
type tally struct{ sum, events int }

func apply(t *tally, ev event.Event) error {
	var v struct{ N int }
	if err := json.Unmarshal(ev.Payload, &v); err != nil {
		return err
	}
	t.sum += v.N
	t.events++
	return nil
}

func TestJournalCommitsReplaysAndObserves(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hub.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	j, err := event.Open("test", st, clock{}, &tally{}, apply)
	if err != nil {
		t.Fatal(err)
	}
	var seen []uint64
	j.Observe(func(ev event.Event, s *tally) { seen = append(seen, ev.Seq) })
	for _, n := range []int{2, 3, 5} {
		err := j.Do(func(*tally) error { _, err := j.Commit("tester", "add", map[string]int{"n": n}); return err })
		if err != nil {
			t.Fatal(err)
		}
	}
	j.Read(func(s *tally) {
		if s.sum != 10 || len(seen) != 3 || seen[2] != 3 {
			t.Fatalf("sum %d, observed %v", s.sum, seen)
		}
	})
	st.Close()

	// The log is closed: a commit fails, and nothing is applied or observed.
	err = j.Do(func(*tally) error { _, err := j.Commit("tester", "add", map[string]int{"n": 1}); return err })
	if err == nil || !strings.HasPrefix(err.Error(), "test: add not saved") || j.FailedAt().IsZero() {
		t.Fatalf("commit to a closed log: %v", err)
	}
	j.Read(func(s *tally) {
		if s.sum != 10 || len(seen) != 3 {
			t.Fatalf("a failed commit changed the state: sum %d, observed %v", s.sum, seen)
		}
	})

	st, _ = store.Open(path)
	defer st.Close()
	j, err = event.Open("test", st, clock{}, &tally{}, apply)
	if err != nil {
		t.Fatal(err)
	}
	j.Read(func(s *tally) {
		if s.sum != 10 || s.events != 3 {
			t.Fatalf("replayed sum %d from %d events, want 10 from 3", s.sum, s.events)
		}
	})
}

// checked is a tally that refuses negative numbers.
type checked struct{ tally }

func (c *checked) Check(ev event.Event) error {
	var v struct{ N int }
	if err := json.Unmarshal(ev.Payload, &v); err != nil || v.N < 0 {
		return fmt.Errorf("negative or unreadable: %s", ev.Payload)
	}
	return nil
}

func applyChecked(c *checked, ev event.Event) error { return apply(&c.tally, ev) }

func TestJournalChecksBeforeAppendAndOnReplay(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hub.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	j, err := event.Open("test", st, clock{}, &checked{}, applyChecked)
	if err != nil {
		t.Fatal(err)
	}
	err = j.Do(func(*checked) error { _, err := j.Commit("tester", "add", map[string]int{"n": -1}); return err })
	if err == nil || !strings.Contains(err.Error(), "refused before saving") {
		t.Fatalf("a refused change: %v", err)
	}
	if n, _ := st.LastSeq(); n != 0 {
		t.Fatalf("a refused change was appended: last seq %d", n)
	}
	// Written behind the journal's back, the same change is a damaged log.
	st.Append(event.Event{Kind: "add", Payload: json.RawMessage(`{"n":-5}`)})
	if _, err := event.Open("test", st, clock{}, &checked{}, applyChecked); !errors.Is(err, event.ErrDamaged) {
		t.Fatalf("replay of a damaged log: %v, want ErrDamaged", err)
	}
	st.Close()
}
