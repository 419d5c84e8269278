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
	"vuoro/shared/wire"
)

// window is a 1280x800 test window without padding.
func window(t *testing.T) fyne.Window {
	w := test.NewTempWindow(t, nil)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(1280, 800))
	return w
}

// fresh is the markup of s drawn by a new view into a new window, as the
// kiosk drew every state before its views updated in place.
func fresh(t *testing.T, s flow.State, offline bool) string {
	w := window(t)
	v := NewView(w, func(flow.Action) {})
	v.SetOffline(offline)
	v.Render(s)
	return test.RenderToMarkup(w.Canvas())
}

// A view that has drawn other screens before draws each screen exactly as
// a new view does: every screen, in every language, drawn one after
// another into one window, forwards and back, switching the text size now
// and then, is laid out as a new view lays it out (in the kiosk's theme,
// with its paddings and text sizes) and matches the goldens TestEveryScreen
// keeps.
func TestInPlaceMatchesGoldens(t *testing.T) {
	back := slices.Clone(everyScreen)
	slices.Reverse(back)
	order := append(slices.Clone(everyScreen), back...)
	for _, lang := range []string{"fi", "sv", "en"} {
		t.Run(lang, func(t *testing.T) {
			test.NewTempApp(t)
			w := window(t)
			v := NewView(w, func(flow.Action) {})
			for i, sc := range order {
				large := i%3 != 0 // switches text size now and then
				name := sc.name + "_" + lang
				if large {
					name += "_large"
				}
				s := sc.model(t, lang, large).State()
				v.Render(s)
				if got, want := test.RenderToMarkup(w.Canvas()), fresh(t, s, false); got != want {
					t.Fatalf("%s drawn after %d other screens differs from a new view's:\n%s", name, i, got)
				}
				assertNothingClipped(t, w)
				test.AssertRendersToMarkup(t, filepath.Join("screens", name+".xml"), w.Canvas())
			}
		})
	}
}

// change is something that happens to a screen already drawn.
type change struct {
	name    string
	taps    []string
	large   bool
	offline bool                     // the hub is lost before the change
	do      func(*flow.Model, *View) // the change
	keepAll bool                     // every object stays, not only the widgets
	removes bool                     // the change takes a part away: every object shown after was shown before
}

var changes = []change{
	{name: "countdown tick", taps: issue, keepAll: true,
		do: func(m *flow.Model, _ *View) { m.Tick(t0.Add(2 * time.Second)) }},
	{name: "countdown tick large", taps: issue, large: true, keepAll: true,
		do: func(m *flow.Model, _ *View) { m.Tick(t0.Add(2 * time.Second)) }},
	{name: "a service paused", taps: []string{"lang:sv", "start", "agency:vero"}, keepAll: true,
		do: func(m *flow.Model, _ *View) { m.SetCatalog(pausedCards()) }},
	{name: "focus moves", taps: []string{"start", "agency:vero"},
		do: func(m *flow.Model, _ *View) { m.Press(flow.KeyNext) }},
	{name: "focus moves large", taps: []string{"start"}, large: true,
		do: func(m *flow.Model, _ *View) { m.Press(flow.KeyNext); m.Press(flow.KeyNext) }},
	{name: "hub lost", taps: []string{"lang:en", "start", "agency:vero"},
		do: func(_ *flow.Model, v *View) { v.SetOffline(true) }},
	{name: "hub lost large", taps: []string{"start"}, large: true,
		do: func(_ *flow.Model, v *View) { v.SetOffline(true) }},
	{name: "hub found", taps: []string{"start", "agency:vero"}, offline: true, removes: true,
		do: func(_ *flow.Model, v *View) { v.SetOffline(false) }},
	{name: "language", taps: []string{"start", "agency:vero"}, keepAll: true,
		do: func(m *flow.Model, _ *View) { m.Tap("lang:sv") }},
}

// pausedCards is sixAgencies with the Tax Administration's tax cards paused.
func pausedCards() *wire.Catalog {
	c := sixAgencies()
	s := &c.Agencies[1].Services[1]
	s.Open, s.State = false, wire.ServicePaused
	return c
}

// A change to the screen drawn (a countdown tick, a service's new state
// in the catalog, the keys' focus moving, the hub lost or found, another
// language) is drawn on the objects already in the window: every text and
// button stays the one drawn before (and every container too, where the
// change adds nothing; where it takes a part away, every object left was
// there before), and the screen is the one a new view draws.
func TestChangesKeepObjects(t *testing.T) {
	for _, c := range changes {
		t.Run(c.name, func(t *testing.T) {
			test.NewTempApp(t)
			w := window(t)
			m := drive(t, &fakeHub{}, &fakePrinter{}, append(larger(c.large), c.taps...)...)
			v := NewView(w, func(flow.Action) {})
			v.SetOffline(c.offline)
			v.Render(m.State())
			before, markup := built(w.Content()), test.RenderToMarkup(w.Canvas())
			c.do(m, v)
			v.Render(m.State())
			if test.RenderToMarkup(w.Canvas()) == markup {
				t.Fatal("the change did not show")
			}
			after := built(w.Content())
			if c.removes {
				before, after = after, before
			}
			if lost := lost(before, after, c.keepAll || c.removes); len(lost) > 0 {
				t.Errorf("the change rebuilt %d objects, the first a %T", len(lost), lost[0])
			}
			if got, want := test.RenderToMarkup(w.Canvas()), fresh(t, m.State(), v.offline); got != want {
				t.Errorf("the changed screen differs from a new view's:\n%s", got)
			}
		})
	}
}

func larger(large bool) []string {
	if large {
		return []string{"larger"}
	}
	return nil
}

// lost is the objects of before that after lacks: every one, or with all
// false only the widgets (texts and buttons).
func lost(before, after []fyne.CanvasObject, all bool) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, o := range before {
		if _, ok := o.(fyne.Widget); (all || ok) && !slices.Contains(after, o) {
			out = append(out, o)
		}
	}
	return out
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
