package golden

import (
	"image"
	"image/color"
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Helper()               {}

func TestMismatchFailsAndIsSaved(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	os.Chdir(dir)
	defer os.Chdir(wd)
	os.MkdirAll("testdata", 0o755)
	os.WriteFile(filepath.Join("testdata", "a.bin"), []byte("old"), 0o644)

	r := &recorder{TB: t}
	Bytes(r, "a.bin", []byte("old"))
	if r.failed {
		t.Fatal("equal bytes reported as a mismatch")
	}
	Bytes(r, "a.bin", []byte("new"))
	if !r.failed {
		t.Fatal("a mismatch passed")
	}
	if b, _ := os.ReadFile(filepath.Join("testdata", "failed", "a.bin")); string(b) != "new" {
		t.Fatalf("failed copy = %q", b)
	}

	img := image.NewGray(image.Rect(0, 0, 4, 4))
	*update = true
	PNG(t, "p.png", img)
	*update = false
	r = &recorder{TB: t}
	img.SetGray(1, 1, color.Gray{200})
	PNG(r, "p.png", img)
	if !r.failed {
		t.Fatal("a changed pixel passed")
	}
}
