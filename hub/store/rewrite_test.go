package store_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/store"
)

const secret = "Maija Virtanen 010280-952L"

// filled is a store of n events; the fifth holds the secret.
func filled(t *testing.T, path string, n int) *store.Store {
	t.Helper()
	s := open(t, path)
	for i := 1; i <= n; i++ {
		p := fmt.Sprintf(`{"n":%d}`, i)
		if i == 5 {
			p = fmt.Sprintf(`{"n":5,"name":%q}`, secret)
		}
		if _, err := s.Append(event.Event{Time: time.Unix(int64(i), 0).UTC(), Actor: "clerk:vero", Kind: "k", Payload: json.RawMessage(p)}); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func dropName(ev event.Event) (event.Event, error) {
	var p map[string]any
	if err := json.Unmarshal(ev.Payload, &p); err != nil {
		return ev, err
	}
	delete(p, "name")
	ev.Payload, _ = json.Marshal(p)
	return ev, nil
}

func fileHas(t *testing.T, path, s string) bool {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Contains(b, []byte(s))
}

func TestRedactThenCompactRemovesTheOldBytes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hub.db")
	s := filled(t, path, 300)
	defer func() { s.Close() }()
	must(t, s.SetCredential("vero", []byte("hash")))

	n, err := s.Redact([]uint64{4, 5}, dropName)
	if err != nil || n != 1 {
		t.Fatalf("Redact = %d, %v; want 1 event changed", n, err)
	}
	ev, _ := s.Events(4, 1)
	if got := string(ev[0].Payload); got != `{"n":5}` || ev[0].Actor != "clerk:vero" || ev[0].Seq != 5 {
		t.Fatalf("redacted event = %+v", ev[0])
	}
	// bbolt is copy-on-write: the replaced value is still in a free page.
	if !fileHas(t, path, secret) {
		t.Fatal("the secret is gone before compaction: this test no longer shows why Compact is needed")
	}
	if n, _ := s.Redact([]uint64{5}, dropName); n != 0 {
		t.Fatalf("a second Redact changed %d events", n)
	}
	s.Close()
	s = open(t, path)
	if owed, err := s.Redacted(); !owed || err != nil {
		t.Fatalf("after a restart Redacted = %v, %v; want true until compacted", owed, err)
	}

	must(t, s.Compact())
	if owed, err := s.Redacted(); owed || err != nil {
		t.Fatalf("after compaction Redacted = %v, %v", owed, err)
	}
	if fileHas(t, path, secret) || fileHas(t, path, "010280-952L") {
		t.Fatal("the redacted bytes are still in the compacted file")
	}
	if h, err := s.Credential("vero"); err != nil || string(h) != "hash" {
		t.Fatalf("credential after compaction: %q, %v", h, err)
	}
	if seq, err := s.Append(event.Event{Kind: "k", Payload: json.RawMessage(`{}`)}); seq != 301 || err != nil {
		t.Fatalf("append after compaction: seq %d, %v; want 301", seq, err)
	}
	s.Close()
	s = open(t, path)
	var got []uint64
	must(t, s.Replay(0, func(ev event.Event) error { got = append(got, ev.Seq); return nil }))
	if len(got) != 301 || got[300] != 301 {
		t.Fatalf("reopened log has %d events", len(got))
	}
	if _, err := os.Stat(path + ".compact"); !os.IsNotExist(err) {
		t.Fatalf("the temporary copy is left behind: %v", err)
	}
}

func TestRedactChangesOnlyPayloadsAndAllOrNothing(t *testing.T) {
	s := filled(t, filepath.Join(t.TempDir(), "hub.db"), 6)
	defer s.Close()
	if owed, _ := s.Redacted(); owed {
		t.Fatal("a new file owes a compaction")
	}
	rekind := func(ev event.Event) (event.Event, error) { ev.Kind = "other"; return ev, nil }
	if _, err := s.Redact([]uint64{5}, rekind); !errors.Is(err, store.ErrNotPayload) {
		t.Fatalf("changing the kind: %v", err)
	}
	if _, err := s.Redact([]uint64{5, 99}, dropName); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("redacting a missing event: %v", err)
	}
	boom := errors.New("boom")
	if _, err := s.Redact([]uint64{5, 6}, func(ev event.Event) (event.Event, error) {
		if ev.Seq == 6 {
			return ev, boom
		}
		return dropName(ev)
	}); !errors.Is(err, boom) {
		t.Fatalf("fn's error: %v", err)
	}
	ev, _ := s.Events(4, 1)
	if owed, _ := s.Redacted(); !bytes.Contains(ev[0].Payload, []byte("Virtanen")) || owed {
		t.Fatal("a failed Redact changed an event")
	}
}

func TestCompactWhileAppending(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hub.db")
	s := filled(t, path, 50)
	defer s.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 400)
	for range 2 {
		wg.Go(func() {
			for range 100 {
				_, err := s.Append(event.Event{Kind: "k", Payload: json.RawMessage(`{}`)})
				errs <- err
				_, err = s.Events(0, 10)
				errs <- err
			}
		})
	}
	for range 3 {
		must(t, s.Compact())
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		must(t, err)
	}
	var got []uint64
	must(t, s.Replay(0, func(ev event.Event) error { got = append(got, ev.Seq); return nil }))
	for i, seq := range got {
		if seq != uint64(i+1) {
			t.Fatalf("event %d has seq %d: compaction lost or renumbered events", i+1, seq)
		}
	}
	if len(got) != 250 {
		t.Fatalf("%d events, want 250", len(got))
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
