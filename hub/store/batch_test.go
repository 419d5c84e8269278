package store_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

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
