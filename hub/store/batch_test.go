package store_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/store"
)

func TestWriteBatchAndSnapshot(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hub.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	evs := []event.Event{{Seq: 1, Kind: "a", Payload: json.RawMessage(`{}`)}, {Seq: 2, Kind: "b", Payload: json.RawMessage(`{}`)}}
	if err := st.Write(event.Batch{Events: evs, Snapshot: &event.Snapshot{Seq: 1, Data: []byte("one")}}); err != nil {
		t.Fatal(err)
	}
	// Out of order: nothing of the batch is written.
	err = st.Write(event.Batch{Events: []event.Event{{Seq: 3, Kind: "c"}, {Seq: 5, Kind: "d"}}, Snapshot: &event.Snapshot{Seq: 3}})
	if !errors.Is(err, store.ErrOutOfOrder) {
		t.Fatalf("a batch with a gap: %v", err)
	}
	if n, _ := st.LastSeq(); n != 2 {
		t.Fatalf("last seq %d after a refused batch, want 2", n)
	}
	if err := st.Write(event.Batch{Snapshot: &event.Snapshot{Seq: 2, Data: []byte("two")}}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	st, _ = store.Open(path)
	defer st.Close()
	snap, ok, err := st.Snapshot()
	if err != nil || !ok || snap.Seq != 2 || string(snap.Data) != "two" {
		t.Fatalf("snapshot %d %q %v %v, want the newest, 2", snap.Seq, snap.Data, ok, err)
	}
	if err := st.DropSnapshot(); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := st.Snapshot(); ok {
		t.Fatal("a dropped snapshot is still there")
	}
	evs, _ = st.Events(0, 10)
	if len(evs) != 2 || evs[1].Kind != "b" || evs[1].Seq != 2 {
		t.Fatalf("stored %+v", evs)
	}
}

func TestDamagedSnapshotIsNotUsed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hub.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	data := []byte(`{"v":1,"state":"snapshot-under-test"}`)
	err = st.Write(event.Batch{Events: []event.Event{{Seq: 1, Kind: "a", Payload: json.RawMessage(`{}`)}},
		Snapshot: &event.Snapshot{Seq: 1, Data: data}})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	file, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(file, []byte("snapshot-under-test"))
	file[i] = 'S' // still JSON, not the bytes written
	if err := os.WriteFile(path, file, 0o600); err != nil {
		t.Fatal(err)
	}
	st, _ = store.Open(path)
	defer st.Close()
	if _, ok, err := st.Snapshot(); ok || !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("a changed snapshot: ok %v, %v; want ErrDamaged", ok, err)
	}
}

// Events written in a batch, as the engines write them, are in the log's
// indexes at once: the console's filtered log finds them.
func TestBatchIsIndexed(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "hub.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	at := time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)
	err = st.Write(event.Batch{Events: []event.Event{
		{Seq: 1, Time: at, Actor: "kiosk:k1", Kind: "ticket.issued", Payload: json.RawMessage(`{"service":"s","call_id":"R1"}`)},
		{Seq: 2, Time: at, Actor: "clerk:maija", Kind: "ticket.called", Payload: json.RawMessage(`{"ticket":1,"room":"6"}`)},
		{Seq: 3, Time: at, Actor: "kiosk:k1", Kind: "ticket.issued", Payload: json.RawMessage(`{"service":"s","call_id":"R2"}`)},
	}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		f    store.Filter
		want []uint64
	}{
		{store.Filter{Actor: "maija"}, []uint64{2}},
		{store.Filter{Kind: "ticket.issued"}, []uint64{1, 3}},
		{store.Filter{Visit: 1}, []uint64{1, 2}},
		{store.Filter{CallID: "R2"}, []uint64{3}},
	} {
		page, err := st.Query(c.f, 0, 10)
		if err != nil {
			t.Fatal(err)
		}
		var got []uint64
		for _, ev := range page.Events {
			got = append(got, ev.Seq)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("query %+v: %v, want %v", c.f, got, c.want)
		}
	}
}
