package ui

import (
	"context"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"vuoro/kiosk/flow"
	"vuoro/shared/wire"
)

// checkinHub answers check-ins with Matti's appointment, or refuses with
// code.
type checkinHub struct{ code string }

type refusedCode string

func (r refusedCode) Error() string       { return "refused: " + string(r) }
func (r refusedCode) RefusalCode() string { return string(r) }

func (c checkinHub) CheckIn(context.Context, flow.CheckinQuery) (wire.Checkin, error) {
	if c.code != "" {
		return wire.Checkin{}, refusedCode(c.code)
	}
	return wire.Checkin{Ticket: wire.Ticket{CallID: "R20", Service: "vero-veroasiat", Issued: t0}, FirstName: "Matti",
		At: time.Date(2026, 11, 22, 11, 0, 0, 0, time.UTC), Room: "6"}, nil
}

// TestCheckinScreens draws every check-in screen in FI, SV and EN and
// writes each as a PNG to $VUORO_SCREENSHOTS, when set, to be looked at.
// The typing screen must fit 1280x800 with its keyboard and Jatka.
func TestCheckinScreens(t *testing.T) {
	appt := []string{"start", "agency:vero", "appointment"}
	typed := append(append([]string{}, appt...), "type", "key:M", "key:A", "key:T", "key:T", "key:I", "space", "key:Ä", "field:time", "key:1", "key:3")
	screens := []struct {
		name    string
		hub     checkinHub
		actions []string
		scan    string
	}{
		{name: "kind", actions: appt[:2]},
		{name: "appointment", actions: appt},
		{name: "card_unreadable", actions: appt, scan: "010280-952M"},
		{name: "typing", actions: typed},
		{name: "success", actions: appt, scan: "010280-952L"},
		{name: "no_match", hub: checkinHub{code: wire.ErrCodeNoMatch}, actions: appt, scan: "010280-952L"},
		{name: "ambiguous", hub: checkinHub{code: wire.ErrCodeAmbiguous}, actions: appt, scan: "010280-952L"},
	}
	dir := os.Getenv("VUORO_SCREENSHOTS")
	for _, lang := range []string{"fi", "sv", "en"} {
		for _, sc := range screens {
			t.Run(sc.name+"_"+lang, func(t *testing.T) {
				test.NewTempApp(t)
				w := test.NewTempWindow(t, nil)
				w.SetPadded(false)
				w.Resize(fyne.NewSize(1280, 800))
				m := driveCheckin(t, sc.hub, append([]string{"lang:" + lang}, sc.actions...), sc.scan)
				NewView(w, func(flow.Action) {}).Render(m.State())
				if sc.name == "typing" {
					for _, label := range []string{"Ä", "Å", "Ö"} {
						findLabel(t, w, label)
					}
				}
				if dir != "" {
					writePNG(t, filepath.Join(dir, "checkin_"+sc.name+"_"+lang+".png"), w)
				}
			})
		}
	}
}

func driveCheckin(t *testing.T, hub checkinHub, actions []string, scan string) *flow.Model {
	t.Helper()
	fh := &fakeHub{}
	m, err := flow.New(flow.Options{Issuer: fh, Printer: &fakePrinter{}, Helper: fh, CheckIner: hub})
	if err != nil {
		t.Fatal(err)
	}
	m.SetCatalog(sixAgencies())
	m.Tick(t0)
	for _, a := range actions {
		m.Tap(flow.Action(a))
	}
	if scan != "" {
		if j := m.Scan(scan); j != nil {
			m.Apply(j.Run(context.Background()))
			m.Tick(t0)
		}
	}
	return m
}

// findLabel fails unless a button or text of w reads label.
func findLabel(t *testing.T, w fyne.Window, label string) {
	t.Helper()
	for _, o := range test.LaidOutObjects(w.Content()) {
		if s, ok := o.(interface{ String() string }); ok && strings.TrimSpace(s.String()) == label {
			return
		}
	}
	t.Errorf("no %q on the screen", label)
}

func writePNG(t *testing.T, path string, w fyne.Window) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

// An empty field of the typing screen shows its placeholder as a hint (in
// italics, not bold), so that "Etunimi Sukunimi" is not taken for a name
// already typed; what is typed shows bold, as the keys' labels do.
func TestTypingPlaceholderIsAHint(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1280, 800))
	m := driveCheckin(t, checkinHub{}, []string{"start", "agency:vero", "appointment", "type", "key:M"}, "")
	NewView(w, func(flow.Action) {}).Render(m.State())
	for label, hint := range map[string]bool{"M": false, "00:00": true} {
		st, ok := captionStyle(w, label)
		if !ok || st.Italic != hint || st.Bold == hint {
			t.Errorf("%q drawn %+v (found %v), want a hint %v", label, st, ok, hint)
		}
	}
}

// captionStyle is the text style of the field whose caption reads label.
func captionStyle(w fyne.Window, label string) (fyne.TextStyle, bool) {
	for _, o := range test.LaidOutObjects(w.Content()) {
		rt, ok := o.(*widget.RichText)
		if !ok || rt.String() != label || len(rt.Segments) != 1 {
			continue
		}
		if seg, ok := rt.Segments[0].(*widget.TextSegment); ok {
			return seg.Style.TextStyle, true
		}
	}
	return fyne.TextStyle{}, false
}
