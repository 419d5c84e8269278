package ui

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"vuoro/kiosk/flow"
)

// A view that has drawn other screens before draws each screen exactly as
// a new view does: every screen, in every language and text size, drawn
// one after another into one window, forwards and back, matches the
// goldens TestEveryScreen keeps.
func TestInPlaceMatchesGoldens(t *testing.T) {
	back := slices.Clone(everyScreen)
	slices.Reverse(back)
	order := append(slices.Clone(everyScreen), back...)
	for _, lang := range []string{"fi", "sv", "en"} {
		t.Run(lang, func(t *testing.T) {
			test.NewTempApp(t)
			w := test.NewTempWindow(t, nil)
			w.SetPadded(false)
			w.Resize(fyne.NewSize(1280, 800))
			v := NewView(w, func(flow.Action) {})
			for i, sc := range order {
				large := i%3 != 0 // switches text size now and then
				name := sc.name + "_" + lang
				if large {
					name += "_large"
				}
				v.Render(sc.model(t, lang, large).State())
				assertNothingClipped(t, w)
				test.AssertRendersToMarkup(t, filepath.Join("screens", name+".xml"), w.Canvas())
			}
		})
	}
}

// Losing the hub shows its banner on the screen already drawn, as a
// new view would draw it, and finding the hub again takes it away.
func TestInPlaceOffline(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(1280, 800))
	m := drive(t, &fakeHub{issueErr: errDown}, &fakePrinter{}, "lang:sv", "start", "agency:vero")
	v := NewView(w, func(flow.Action) {})
	v.Render(m.State())
	online := test.RenderToMarkup(w.Canvas())
	v.SetOffline(true)
	v.Render(m.State())
	test.AssertRendersToMarkup(t, "offline_service_sv.xml", w.Canvas())
	v.SetOffline(false)
	v.Render(m.State())
	if got := test.RenderToMarkup(w.Canvas()); got != online {
		t.Errorf("the hub found again, the screen differs from before it was lost:\n%s", got)
	}
}

// A tick of the success screen's countdown changes its text and nothing
// else: every object on the screen stays the one drawn before.
func TestCountdownKeepsObjects(t *testing.T) {
	for _, large := range []bool{false, true} {
		test.NewTempApp(t)
		w := test.NewTempWindow(t, nil)
		w.SetPadded(false)
		w.Resize(fyne.NewSize(1280, 800))
		m := everyScreen[4].model(t, "fi", large)
		v := NewView(w, func(flow.Action) {})
		before := m.State()
		v.Render(before)
		objs := built(w.Content())
		m.Tick(t0.Add(2 * time.Second))
		after := m.State()
		if after.Seconds == before.Seconds || after.Screen != flow.ScreenSuccess {
			t.Fatalf("the countdown did not tick: %d then %d seconds on screen %v", before.Seconds, after.Seconds, after.Screen)
		}
		v.Render(after)
		if got := built(w.Content()); !slices.Equal(got, objs) {
			t.Errorf("large %v: a countdown tick rebuilt the screen: %d objects, %d kept", large, len(got), kept(objs, got))
		}
	}
}

// built is every object the view built under o, in order: containers and
// what they hold, widgets but not the objects Fyne draws them with.
func built(o fyne.CanvasObject) []fyne.CanvasObject {
	out := []fyne.CanvasObject{o}
	switch c := o.(type) {
	case *fyne.Container:
		for _, x := range c.Objects {
			out = append(out, built(x)...)
		}
	case *container.Scroll:
		out = append(out, built(c.Content)...)
	case *container.ThemeOverride:
		out = append(out, built(c.Content)...)
	}
	return out
}

// kept counts the objects of before still in after.
func kept(before, after []fyne.CanvasObject) int {
	n := 0
	for _, o := range before {
		if slices.Contains(after, o) {
			n++
		}
	}
	return n
}
