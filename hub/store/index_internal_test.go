package store

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"vuoro/hub/event"
)

func appendIssued(t *testing.T, s *Store, n int) {
	t.Helper()
	at := time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)
	for i := range n {
		ev := event.Event{Time: at.Add(time.Duration(i) * time.Second), Actor: "kiosk:k1", Kind: "ticket.issued",
			Payload: json.RawMessage(fmt.Sprintf(`{"call_id":"R%d"}`, i%7))}
		if _, err := s.Append(ev); err != nil {
			t.Fatal(err)
		}
	}
}

func count(t *testing.T, s *Store, f Filter) int {
	t.Helper()
	n := 0
	for after := uint64(0); ; {
		p, err := s.Query(f, after, 100)
		if err != nil {
			t.Fatal(err)
		}
		n += len(p.Events)
		if after = p.Next; after == 0 {
			return n
		}
	}
}

// A data file written before the indexes existed (its index buckets and
// their version gone), and events appended by such a hub to an indexed
// file, are indexed when the file is next opened.
func TestIndexesAreBuiltAtOpen(t *testing.T) {
	defer func(n int) { indexChunk = n }(indexChunk)
	indexChunk = 70 // builds in several transactions
	path := filepath.Join(t.TempDir(), "hub.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	appendIssued(t, s, 300)
	err = s.update(func(tx *bolt.Tx) error {
		for _, b := range indexBuckets {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Delete(keyIndexVersion)
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Query(Filter{}, 0, 1); err == nil {
		t.Fatal("a query without indexes answered")
	}
	appendIssued(t, s, 10) // as a hub without indexes appends
	s.Close()

	if s, err = Open(path); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, Filter{CallID: "R3"}); n != (300+6)/7+1 {
		t.Fatalf("%d events of R3 after the build", n)
	}
	// An older hub appends unindexed events to the indexed file.
	err = s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketEvents)
		for range 5 {
			n, _ := b.NextSequence()
			v, _ := json.Marshal(event.Event{Seq: n, Time: time.Date(2026, 11, 24, 8, 0, 0, 0, time.UTC), Actor: "system", Kind: "old.kind", Payload: json.RawMessage(`{}`)})
			if err := b.Put(key(n), v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n := count(t, s, Filter{Kind: "old.kind", From: time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)}); n != 5 {
		t.Fatalf("%d events appended by an older hub found, want 5", n)
	}
	if n := count(t, s, Filter{Actor: "KIOSK"}); n != 300+10 {
		t.Fatalf("%d kiosk events, want %d", n, 300+10)
	}
}

// The log and its indexes only grow at the end of their keys (of a term):
// their pages are kept full, not half empty.
func TestLogPagesAreFull(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "hub.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	appendIssued(t, s, 3000)
	err = s.view(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketEvents, bucketIxKind, bucketIxActor} {
			st := tx.Bucket(name).Stats()
			if fill := float64(st.LeafInuse) / float64(st.LeafAlloc); fill < 0.9 {
				t.Errorf("%s: leaf pages %.0f%% full", name, 100*fill)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
