package ui

import (
	"io"
	"log/slog"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"vuoro/kiosk/flow"
	"vuoro/shared/i18n"
)

// tapLabel taps the button whose caption reads label.
func tapLabel(t *testing.T, w fyne.Window, label string) {
	t.Helper()
	var last *widget.Button
	for _, o := range test.LaidOutObjects(w.Content()) {
		switch o := o.(type) {
		case *widget.Button:
			last = o
		case *widget.RichText:
			if o.String() == label && last != nil {
				test.Tap(last)
				return
			}
		}
	}
	t.Fatalf("no button %q", label)
}

func (k *Kiosk) state() flow.State {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.model.State()
}

func waitFor(t *testing.T, k *Kiosk, s flow.Screen) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for k.state().Screen != s {
		if time.Now().After(deadline) {
			t.Fatalf("screen %v, want %v", k.state().Screen, s)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestKioskTapsThrough(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1280, 800))
	hub := &fakeHub{}
	k := newKiosk(t, w, flow.Options{Issuer: hub, Printer: &fakePrinter{}, Helper: hub})
	for _, label := range []string{"SV", "Börja här", "Skatteförvaltningen", "Skatteärenden"} {
		tapLabel(t, w, label)
	}
	waitFor(t, k, flow.ScreenSuccess)
	if s := k.state(); s.Number != "R19" || s.Lang != "sv" {
		t.Errorf("success state = %+v", s)
	}
	tapLabel(t, w, "Avbryt")
	waitFor(t, k, flow.ScreenStart)
}

// TestHelpKeyAsksForHelp presses the kiosk's physical Help key from another
// goroutine, as the GPIO driver does: the help banner appears.
func TestHelpKeyAsksForHelp(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	hub := &fakeHub{}
	m, err := flow.New(flow.Options{Issuer: hub, Printer: &fakePrinter{}, Helper: hub})
	if err != nil {
		t.Fatal(err)
	}
	k := New(w, m, slog.New(slog.NewTextHandler(io.Discard, nil)))
	defer k.Close()
	k.SetCatalog(sixAgencies())
	if n := k.state().Notice; n != "" {
		t.Fatalf("a notice before any key: %q", n)
	}
	go k.Press(flow.ActHelp)
	deadline := time.Now().Add(5 * time.Second)
	coming := i18n.T(i18n.FI, i18n.HelpComing) // once the hub has recorded the request
	for k.state().Notice != coming {
		if time.Now().After(deadline) {
			t.Fatalf("the Help key brought %q, want %q", k.state().Notice, coming)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
