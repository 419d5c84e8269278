package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"vuoro/kiosk/lock"
)

// pinDialog is the PIN field and the OK button of the dialog on w.
func pinDialog(w fyne.Window) (pin *widget.Entry, ok *widget.Button) {
	for _, o := range w.Canvas().Overlays().List() {
		for _, c := range test.LaidOutObjects(o) {
			switch c := c.(type) {
			case *widget.Entry:
				if c.Password {
					pin = c
				}
			case *widget.Button:
				if c.Text == "OK" {
					ok = c
				}
			}
		}
	}
	return pin, ok
}

// Leaving full screen needs the admin PIN: a wrong one keeps it.
func TestLeavingFullScreenNeedsThePIN(t *testing.T) {
	hash, err := lock.Hash("246810")
	if err != nil {
		t.Fatal(err)
	}
	l, _ := lock.New(hash)
	for _, tt := range []struct {
		pin  string
		full bool
	}{{"123456", true}, {"246810", false}} {
		test.NewTempApp(t)
		w := test.NewTempWindow(t, widget.NewLabel("kiosk"))
		w.SetFullScreen(true)
		Guard(w, l, time.Now)
		w.Canvas().(fyne.Shortcutable).TypedShortcut(AdminShortcut)
		e, ok := pinDialog(w)
		if e == nil || ok == nil {
			t.Fatal("no PIN dialog after the admin shortcut")
		}
		test.Type(e, tt.pin)
		test.Tap(ok)
		if w.FullScreen() != tt.full {
			t.Errorf("PIN %s: full screen %v, want %v", tt.pin, w.FullScreen(), tt.full)
		}
	}
}
