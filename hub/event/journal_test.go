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
type tally struct{ sum, events, decoded int }

type add struct{ N int }

func decode(t *tally, ev event.Event) (add, error) {
	var v add
	t.decoded++
	return v, json.Unmarshal(ev.Payload, &v)
}

func apply(t *tally, _ event.Event, v add) {
	t.sum += v.N
	t.events++
}

func newTally() *tally { return &tally{} }

var rules = event.Rules[*tally, add]{Take: decode, Apply: apply, New: newTally}

func TestJournalCommitsReplaysAndObserves(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hub.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	j, err := event.Open("test", st, clock{}, rules)
	if err != nil {
		t.Fatal(err)
	}
	var seen []uint64
	j.Observe(func(ev event.Event, v add, s *tally) { seen = append(seen, ev.Seq) })
	for _, n := range []int{2, 3, 5} {
		err := j.Do(func(*tally) error { _, err := j.Commit("tester", "add", map[string]int{"n": n}); return err })
		if err != nil {
			t.Fatal(err)
		}
	}
	j.Read(func(s *tally) {
		if s.sum != 10 || len(seen) != 3 || seen[2] != 3 || s.decoded != 3 {
			t.Fatalf("sum %d of %d decoded events, observed %v", s.sum, s.decoded, seen)
		}
	})
	st.Close()

	// The log is closed: a commit fails and is not observed; the log
	// cannot be read back, so the journal stops taking commands.
	err = j.Do(func(*tally) error { _, err := j.Commit("tester", "add", map[string]int{"n": 1}); return err })
	if err == nil || !strings.HasPrefix(err.Error(), "test: add not saved") || j.FailedAt().IsZero() {
		t.Fatalf("commit to a closed log: %v", err)
	}
	err = j.Do(func(*tally) error { _, err := j.Commit("tester", "add", map[string]int{"n": 1}); return err })
	if err == nil || !strings.Contains(err.Error(), "stopped") || len(seen) != 3 {
		t.Fatalf("commit after the log failed for good: %v, observed %v", err, seen)
	}

	st, _ = store.Open(path)
	defer st.Close()
	j, err = event.Open("test", st, clock{}, rules)
	if err != nil {
		t.Fatal(err)
	}
	j.Read(func(s *tally) {
		if s.sum != 10 || s.events != 3 || s.decoded != 3 {
			t.Fatalf("replayed sum %d from %d events decoded %d times, want 10 from 3 decoded once", s.sum, s.events, s.decoded)
		}
	})
}

// checked is a tally that refuses negative numbers.
var checked = event.Rules[*tally, add]{
	Take: func(t *tally, ev event.Event) (add, error) {
		v, err := decode(t, ev)
		if err != nil || v.N < 0 {
			return v, fmt.Errorf("negative or unreadable: %s", ev.Payload)
		}
		return v, nil
	},
	Apply: apply,
	New:   newTally,
}

func TestJournalChecksBeforeAppendAndOnReplay(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hub.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	j, err := event.Open("test", st, clock{}, checked)
	if err != nil {
		t.Fatal(err)
	}
	err = j.Do(func(*tally) error { _, err := j.Commit("tester", "add", map[string]int{"n": -1}); return err })
	if err == nil || !strings.Contains(err.Error(), "refused before saving") {
		t.Fatalf("a refused change: %v", err)
	}
	if n, _ := st.LastSeq(); n != 0 {
		t.Fatalf("a refused change was appended: last seq %d", n)
	}
	// Written behind the journal's back, the same change is a damaged log.
	st.Append(event.Event{Kind: "add", Payload: json.RawMessage(`{"n":-5}`)})
	if _, err := event.Open("test", st, clock{}, checked); !errors.Is(err, event.ErrDamaged) {
		t.Fatalf("replay of a damaged log: %v, want ErrDamaged", err)
	}
	st.Close()
}
