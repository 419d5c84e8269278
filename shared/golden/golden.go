// Package golden compares what a test made with a file under testdata, as
// go/printer's tests do: `go test ./pkg -update` rewrites the files, and a
// mismatch is saved under testdata/failed/ (gitignored) to look at.
//
// It registers the -update flag, so a test package that uses it must not
// define its own.
package golden

import (
	"bytes"
	"flag"
	"image"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Bytes checks got against testdata/name byte for byte.
func Bytes(t testing.TB, name string, got []byte) {
	t.Helper()
	want := read(t, name, got)
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from testdata/%s; see %s (go test -update if the change is meant)", t.Name(), name, saveFailed(t, name, got))
	}
}

// PNG checks img against the PNG testdata/name pixel for pixel.
func PNG(t testing.TB, name string, img image.Image) {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	want, err := png.Decode(bytes.NewReader(read(t, name, buf.Bytes())))
	if err != nil {
		t.Fatalf("golden: testdata/%s: %v", name, err)
	}
	if !samePixels(img, want) {
		t.Errorf("rendering differs from testdata/%s; see %s (go test -update if the change is meant)", name, saveFailed(t, name, buf.Bytes()))
	}
}

// read returns the golden file, first writing got there under -update.
func read(t testing.TB, name string, got []byte) []byte {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden: %v (go test -update writes it)", err)
	}
	return want
}

func saveFailed(t testing.TB, name string, got []byte) string {
	path := filepath.Join("testdata", "failed", name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err == nil {
		os.WriteFile(path, got, 0o644)
	}
	return path
}

func samePixels(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	ra, rb := image.NewRGBA(a.Bounds()), image.NewRGBA(b.Bounds())
	draw.Draw(ra, ra.Bounds(), a, a.Bounds().Min, draw.Src)
	draw.Draw(rb, rb.Bounds(), b, b.Bounds().Min, draw.Src)
	return bytes.Equal(ra.Pix, rb.Pix)
}
