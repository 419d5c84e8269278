package ui

import (
	"image/png"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"vuoro/kiosk/flow"
)

// rings counts the focus rings drawn in w.
func rings(w fyne.Window) int {
	n := 0
	for _, o := range test.LaidOutObjects(w.Content()) {
		if r, ok := o.(*canvas.Rectangle); ok && r.StrokeColor == ringInner {
			n++
		}
	}
	return n
}

// TestKeyboardKeysToTicket gets a ticket with the arrows and Enter only:
// the ring follows the focus, one at a time.
func TestKeyboardKeysToTicket(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1280, 800))
	hub := &fakeHub{}
	k := newKiosk(t, w, flow.Options{Issuer: hub, Printer: &fakePrinter{}, Helper: hub})
	if n := rings(w); n != 0 {
		t.Fatalf("%d focus rings before a key", n)
	}
	typed := w.Canvas().OnTypedKey()
	for _, key := range []fyne.KeyName{fyne.KeyDown, fyne.KeyReturn, fyne.KeyDown} {
		typed(&fyne.KeyEvent{Name: key})
	}
	if s := k.state(); s.Screen != flow.ScreenAgency || rings(w) != 1 {
		t.Fatalf("screen %v with %d rings, want the agency list with one", s.Screen, rings(w))
	}
	shoot(t, w, "kiosk-focus-ring.png")
	for _, key := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyReturn} { // Verohallinto, Veroasiat
		typed(&fyne.KeyEvent{Name: key})
	}
	waitFor(t, k, flow.ScreenSuccess)
	if s := k.state(); s.Number != "R19" {
		t.Errorf("success state = %+v", s)
	}
}

// newKiosk shows a model of o in w with the six agencies, started;
// it is closed when the test ends.
func newKiosk(t *testing.T, w fyne.Window, o flow.Options) *Kiosk {
	m, err := flow.New(o)
	if err != nil {
		t.Fatal(err)
	}
	k := New(w, m, slog.New(slog.NewTextHandler(io.Discard, nil)))
	t.Cleanup(k.Close)
	k.SetCatalog(sixAgencies())
	k.Start()
	return k
}

// shoot saves w as a PNG in $VUORO_SHOTS, to look at.
func shoot(t *testing.T, w fyne.Window, name string) {
	dir := os.Getenv("VUORO_SHOTS")
	if dir == "" {
		return
	}
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}
