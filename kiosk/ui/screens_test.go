package ui

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"vuoro/kiosk/flow"
	"vuoro/shared/wire"
)

var update = flag.Bool("update", false, "rewrite the screens' markup goldens in testdata/screens")

// stateCatalog is sixAgencies with the Tax Administration's services in
// every state a service can be in before a tap.
func stateCatalog() *wire.Catalog {
	c := sixAgencies()
	for i := range c.Agencies {
		if c.Agencies[i].ID != "vero" {
			continue
		}
		s := c.Agencies[i].Services
		s[0].State = wire.ServiceOpen
		s[1].Open, s[1].State = false, wire.ServicePaused
		s[2].State, s[2].OpensAt = wire.ServiceClosed, "12:00"
		full := wire.Service{ID: "vero-perinto", Letter: "P", Open: true, State: wire.ServiceFull,
			Names: wire.Names{"fi": "Perintöverotus", "sv": "Arvsbeskattning", "en": "Inheritance tax"}}
		c.Agencies[i].Services = append(s, full)
	}
	return c
}

// screen is one state of the kiosk to draw, reached by taps from the start.
type screen struct {
	name    string
	checkin bool // a kiosk with check-in for appointments
	taps    []string
	scan    string
	idle    bool // then no tap for a minute: "more time?"
	err     bool // the hub is down
}

var everyScreen = []screen{
	{name: "start"},
	{name: "agency", taps: []string{"start"}},
	{name: "service", taps: []string{"start", "agency:vero"}},
	{name: "issuing", taps: []string{"start", "agency:vero", "service:vero-veroasiat"}},
	{name: "success", taps: issue},
	{name: "failed", taps: issue, err: true},
	{name: "more_time", taps: []string{"start", "agency:vero"}, idle: true},
	{name: "kind", checkin: true, taps: []string{"start", "agency:vero"}},
	{name: "appointment", checkin: true, taps: []string{"start", "agency:vero", "appointment"}},
	{name: "typing", checkin: true, taps: []string{"start", "agency:vero", "appointment", "type", "key:M", "key:Ä"}},
	{name: "checked_in", checkin: true, taps: []string{"start", "agency:vero", "appointment"}, scan: "010280-952L"},
}

// model drives a model to sc in lang, in large text or not.
func (sc screen) model(t *testing.T, lang string, large bool) *flow.Model {
	hub := &fakeHub{}
	if sc.err {
		hub.issueErr = errDown
	}
	o := flow.Options{Issuer: hub, Printer: &fakePrinter{}, Helper: hub}
	if sc.checkin {
		o.CheckIner = checkinHub{}
	}
	m, err := flow.New(o)
	if err != nil {
		t.Fatal(err)
	}
	m.SetCatalog(stateCatalog())
	m.Tick(t0)
	taps := append([]string{"lang:" + lang}, sc.taps...)
	if large {
		taps = append([]string{"larger"}, taps...)
	}
	runTaps(m, taps, sc.scan)
	if sc.idle {
		m.Tick(t0.Add(time.Minute))
	}
	return m
}

// TestEveryScreen draws every screen in FI, SV and EN, in normal and large
// text, against markup goldens (refreshed with -update); no text may be
// cut off. With $VUORO_SCREENSHOTS set, each is also written there as a PNG
// to be looked at.
func TestEveryScreen(t *testing.T) {
	dir := os.Getenv("VUORO_SCREENSHOTS")
	for _, sc := range everyScreen {
		for _, lang := range []string{"fi", "sv", "en"} {
			for _, large := range []bool{false, true} {
				name := sc.name + "_" + lang
				if large {
					name += "_large"
				}
				t.Run(name, func(t *testing.T) {
					test.NewTempApp(t)
					w := test.NewTempWindow(t, nil)
					w.SetPadded(false)
					w.Resize(fyne.NewSize(1280, 800))
					NewView(w, func(flow.Action) {}).Render(sc.model(t, lang, large).State())
					assertNothingClipped(t, w)
					golden(t, filepath.Join("screens", name+".xml"), w)
					if dir != "" {
						writePNG(t, filepath.Join(dir, "screen_"+name+".png"), w)
					}
				})
			}
		}
	}
}

// golden compares w's markup with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, w fyne.Window) {
	t.Helper()
	if !*update {
		test.AssertRendersToMarkup(t, name, w.Canvas())
		return
	}
	path := filepath.Join("testdata", name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(test.RenderToMarkup(w.Canvas())), 0o644); err != nil {
		t.Fatal(err)
	}
}

// assertNothingClipped fails for a line of text narrower than it needs, or
// reaching past the window's right edge.
func assertNothingClipped(t *testing.T, w fyne.Window) {
	t.Helper()
	d := fyne.CurrentApp().Driver()
	width := w.Canvas().Size().Width
	for _, o := range test.LaidOutObjects(w.Content()) {
		txt, ok := o.(*canvas.Text)
		if !ok || txt.Text == "" || !txt.Visible() {
			continue
		}
		need := fyne.MeasureText(txt.Text, txt.TextSize, txt.TextStyle).Width
		x := d.AbsolutePositionForObject(txt).X
		if txt.Size().Width+0.5 < need || x+need > width+0.5 {
			t.Errorf("%q cut off: %.0f px wide at x %.0f, needs %.0f in a %.0f px window", txt.Text, txt.Size().Width, x, need, width)
		}
	}
}

// runTaps taps each action on m: "run" runs the jobs the taps started,
// "hub:taken" hands the model the hub's help state; then it scans code,
// if any.
func runTaps(m *flow.Model, taps []string, code string) {
	var jobs []*flow.Job
	for _, a := range taps {
		if state, ok := strings.CutPrefix(a, "hub:"); ok {
			m.SetHelpState(1, state)
			continue
		}
		if a == "run" {
			for _, j := range jobs {
				m.Apply(j.Run(context.Background()))
			}
			jobs = nil
			m.Tick(t0)
			continue
		}
		if j := m.Tap(flow.Action(a)); j != nil {
			jobs = append(jobs, j)
		}
	}
	if code == "" {
		return
	}
	if j := m.Scan(code); j != nil {
		m.Apply(j.Run(context.Background()))
		m.Tick(t0)
	}
}
