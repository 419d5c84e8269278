package server_test

import (
	"errors"
	"path/filepath"
	"testing"

	"vuoro/hub/server"
	"vuoro/hub/store"
)

// hub -compact refuses a running hub's files, and rewrites a stopped hub's
// files with every event kept and the log still answering filters.
func TestCompactDataFolder(t *testing.T) {
	h := start(t, true)
	dir := filepath.Dir(h.DataFile())
	if _, err := server.Compact(dir); !errors.Is(err, store.ErrInUse) {
		t.Fatalf("compact of a running hub's files: %v, want ErrInUse", err)
	}
	h.Close()
	before, err := server.Check(dir)
	if err != nil {
		t.Fatal(err)
	}
	reports, err := server.Compact(dir)
	if err != nil || len(reports) != 2 || reports[0].After == 0 || reports[0].After > reports[0].Before {
		t.Fatalf("compact: %+v, %v", reports, err)
	}
	after, err := server.Check(dir)
	if err != nil || after[0] != before[0] {
		t.Fatalf("after compacting: %+v (%v), before %+v", after, err, before)
	}
	st, err := store.Open(h.DataFile())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := st.Query(store.Filter{Kind: "service.added"}, 0, 100)
	if err != nil || len(p.Events) == 0 {
		t.Fatalf("services added, after compacting: %d, %v", len(p.Events), err)
	}
	if _, err := server.Compact(t.TempDir()); !errors.Is(err, store.ErrNoFile) {
		t.Fatalf("compact of an empty folder: %v, want ErrNoFile", err)
	}
}
