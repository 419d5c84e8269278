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

// TestDeviceKeyIsKeptByTheFile: the key devices' MQTT passwords derive
// from survives a reopen (so a broker's accounts can be rebuilt) and is
// another in another file.
func TestDeviceKeyIsKeptByTheFile(t *testing.T) {
	dir := t.TempDir()
	a := open(t, filepath.Join(dir, "a.db"))
	first, err := a.DeviceKey()
	if err != nil || len(first) != 32 {
		t.Fatalf("key %x, %v; want 32 bytes", first, err)
	}
	a.Close()
	a = open(t, filepath.Join(dir, "a.db"))
	defer a.Close()
	if again, _ := a.DeviceKey(); string(again) != string(first) {
		t.Fatal("reopened file has another device key")
	}
	b := open(t, filepath.Join(dir, "b.db"))
	defer b.Close()
	if other, _ := b.DeviceKey(); string(other) == string(first) {
		t.Fatal("a new data file got the device key of another")
	}
}
