package server_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"vuoro/hub/event"
	"vuoro/hub/server"
	"vuoro/hub/store"
)

// hub -check passes a healthy data folder, names a file that a running hub
// holds, and reports a log a start would refuse as damaged.
func TestCheckDataFolder(t *testing.T) {
	h := start(t, true)
	dir := filepath.Dir(h.DataFile())
	if _, err := server.Check(dir); !errors.Is(err, store.ErrInUse) {
		t.Fatalf("check of a running hub's files: %v, want ErrInUse", err)
	}
	h.Close()
	reports, err := server.Check(dir)
	if err != nil || len(reports) != 2 || reports[0].Events == 0 {
		t.Fatalf("check of a healthy folder: %+v, %v", reports, err)
	}

	st, err := store.Open(h.DataFile())
	if err != nil {
		t.Fatal(err)
	}
	st.Append(event.Event{Kind: "visit.ended", Payload: []byte(`{"ticket":123456}`)})
	st.Close()
	if _, err := server.Check(dir); !errors.Is(err, event.ErrDamaged) {
		t.Fatalf("check of a log with a dangling event: %v, want ErrDamaged", err)
	}
	os.Truncate(h.DataFile(), 0)
	if _, err := server.Check(dir); !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("check of an emptied file: %v, want ErrDamaged", err)
	}
}
