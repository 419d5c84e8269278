package store_test

import (
	"path/filepath"
	"testing"
)

// TestIdentityIsKeptByTheFileAndNewForANewFile: reopening a data file
// keeps its log identity; another file has another.
func TestIdentityIsKeptByTheFileAndNewForANewFile(t *testing.T) {
	dir := t.TempDir()
	a := open(t, filepath.Join(dir, "a.db"))
	first := a.Identity()
	if len(first) != 16 {
		t.Fatalf("identity %q, want 16 hex digits", first)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	a = open(t, filepath.Join(dir, "a.db"))
	defer a.Close()
	if got := a.Identity(); got != first {
		t.Fatalf("reopened file has identity %q, was %q", got, first)
	}
	b := open(t, filepath.Join(dir, "b.db"))
	defer b.Close()
	if b.Identity() == first {
		t.Fatal("a new data file got the identity of another")
	}
}
