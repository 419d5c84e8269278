//go:build linux

package jack

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestOpenRefusesWhatIsNoInputDevice(t *testing.T) {
	if _, _, err := Open(filepath.Join(t.TempDir(), "event99")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Open of a missing device = %v, want not exist", err)
	}
	f := filepath.Join(t.TempDir(), "event0")
	if err := os.WriteFile(f, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Open(f); !errors.Is(err, syscall.ENOTTY) {
		t.Errorf("Open of a plain file = %v, want ENOTTY from EVIOCGSW", err)
	}
}
