package store_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/store"
)

// fill writes n events to a new data file and returns its path.
func fill(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "hub.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		p, _ := json.Marshal(map[string]any{"i": i, "pad": "odotusaula lahti kirkkokatu 12"})
		if _, err := st.Append(event.Event{Time: time.Now(), Kind: "test", Payload: p}); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	return path
}

// scribble overwrites size bytes of the file at off with garbage.
func scribble(t *testing.T, path string, off int64, size int) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	junk := make([]byte, size)
	for i := range junk {
		junk[i] = byte(i*7 + 13)
	}
	if _, err := f.WriteAt(junk, off); err != nil {
		t.Fatal(err)
	}
}

func TestVerifyHealthyFile(t *testing.T) {
	r, err := store.Verify(fill(t, 300))
	if err != nil || r.Events != 300 || r.LastSeq != 300 {
		t.Fatalf("verify: %+v, %v", r, err)
	}
}

// A file whose both meta pages are overwritten is refused at Open with
// ErrDamaged, not initialised anew.
func TestOpenRefusesDamagedMeta(t *testing.T) {
	path := fill(t, 50)
	scribble(t, path, 0, 2*4096)
	if _, err := store.Open(path); !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("open: %v, want ErrDamaged", err)
	}
	if _, err := store.Verify(path); !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("verify: %v, want ErrDamaged", err)
	}
}

// Garbage over every page but the two meta pages is found by
// Verify and by reading the log: a clear error, never a panic.
func TestDamagedPagesAreReportedNotPanicked(t *testing.T) {
	path := fill(t, 3000)
	fi, _ := os.Stat(path)
	scribble(t, path, 4*4096, int(fi.Size())-4*4096) // every page but the meta pages
	if _, err := store.Verify(path); !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("verify: %v, want ErrDamaged", err)
	}
	st, err := store.Open(path)
	if err != nil {
		if !errors.Is(err, store.ErrDamaged) {
			t.Fatalf("open: %v", err)
		}
		return
	}
	defer st.Close()
	err = st.Replay(0, func(event.Event) error { return nil })
	if !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("replay over damaged pages: %v, want ErrDamaged", err)
	}
}

func TestVerifyMissingAndEmpty(t *testing.T) {
	dir := t.TempDir()
	if _, err := store.Verify(filepath.Join(dir, "none.db")); !errors.Is(err, store.ErrNoFile) {
		t.Fatalf("missing: %v", err)
	}
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o600)
	if _, err := store.Verify(empty); !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("empty: %v", err)
	}
}
