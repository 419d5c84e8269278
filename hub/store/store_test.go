package store_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/store"
)

func open(t *testing.T, path string) *store.Store {
	t.Helper()
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAppendSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hub.db")
	s := open(t, path)
	at := time.Date(2026, 11, 22, 8, 0, 0, 0, time.UTC)
	for i := range 1100 { // more than two replay pages
		seq, err := s.Append(event.Event{Time: at, Actor: "kiosk:k1", Kind: "ticket.issued",
			Payload: json.RawMessage(fmt.Sprintf(`{"n":%d}`, i))})
		if err != nil {
			t.Fatal(err)
		}
		if seq != uint64(i+1) {
			t.Fatalf("append %d got seq %d", i, seq)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = open(t, path)
	defer s.Close()
	var got []event.Event
	if err := s.Replay(0, func(ev event.Event) error { got = append(got, ev); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1100 {
		t.Fatalf("replayed %d events, want 1100", len(got))
	}
	last := got[1099]
	if last.Seq != 1100 || string(last.Payload) != `{"n":1099}` || !last.Time.Equal(at) || last.Actor != "kiosk:k1" {
		t.Fatalf("last event = %+v", last)
	}
	if n, _ := s.LastSeq(); n != 1100 {
		t.Fatalf("LastSeq = %d", n)
	}
	if seq, _ := s.Append(event.Event{Kind: "x", Payload: json.RawMessage(`{}`)}); seq != 1101 {
		t.Fatalf("sequence after reopen = %d, want 1101", seq)
	}
}

func TestReplayAfter(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "hub.db"))
	defer s.Close()
	for range 5 {
		s.Append(event.Event{Kind: "k", Payload: json.RawMessage(`{}`)})
	}
	page, err := s.Events(3, 10)
	if err != nil || len(page) != 2 || page[0].Seq != 4 {
		t.Fatalf("Events(3) = %+v, %v", page, err)
	}
	stop := errors.New("stop")
	n := 0
	err = s.Replay(0, func(event.Event) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Fatalf("Replay did not stop on the callback's error: %v after %d", err, n)
	}
}

func TestCredentials(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "hub.db"))
	defer s.Close()
	if _, err := s.Credential("maija"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("missing credential: %v", err)
	}
	s.SetCredential("maija", []byte("hash"))
	if h, err := s.Credential("maija"); err != nil || string(h) != "hash" {
		t.Fatalf("Credential = %q, %v", h, err)
	}
}

func TestOpenLockedFileFails(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hub.db")
	s := open(t, path)
	defer s.Close()
	if _, err := store.Open(path); err == nil {
		t.Fatal("a second hub opened the same data file")
	}
}

func BenchmarkAppend(b *testing.B) {
	s, err := store.Open(filepath.Join(b.TempDir(), "hub.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ev := event.Event{Time: time.Now(), Actor: "kiosk:k1", Kind: "ticket.issued", Payload: json.RawMessage(`{"service":"vero-veroasiat","number":19}`)}
	for b.Loop() {
		if _, err := s.Append(ev); err != nil {
			b.Fatal(err)
		}
	}
}
