package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"vuoro/kiosk/flow"
)

var issue = []string{"start", "agency:vero", "service:vero-veroasiat", "run"}

func TestScreensRender(t *testing.T) {
	tests := []struct {
		name    string
		hub     fakeHub
		printer fakePrinter
		actions []string
		size    fyne.Size
	}{
		{name: "start_fi"},
		{name: "agency_sv", actions: []string{"lang:sv", "start"}},
		{name: "service_en", actions: []string{"lang:en", "start", "agency:vero"}},
		{name: "issuing", actions: issue[:3]},
		{name: "success", actions: issue},
		{name: "failed_hub", hub: fakeHub{issueErr: errDown}, actions: issue},
		{name: "failed_printer", printer: fakePrinter{err: errDown}, actions: issue},
		{name: "help_calling", actions: []string{"start", "help"}},
		{name: "help", actions: []string{"start", "help", "run"}},
		{name: "help_taken", actions: []string{"start", "help", "run", "hub:taken"}},
		{name: "help_taken_sv_success", actions: append([]string{"lang:sv"}, append(issue, "help", "run", "hub:taken")...)},
		{name: "help_closed", actions: []string{"start", "help", "run", "hub:taken", "hub:closed"}},
		{name: "help_failed", hub: fakeHub{helpErr: errDown}, actions: []string{"start", "help", "run"}},
		{name: "large_agency", actions: []string{"larger", "start"}},
		{name: "out_of_service_fi", hub: fakeHub{offline: true}},
		{name: "out_of_service_sv", hub: fakeHub{offline: true}, actions: []string{"lang:sv"}},
		{name: "service_offline_en", hub: fakeHub{offline: true, left: map[string]int{"vero-veroasiat": 1}},
			actions: []string{"lang:en", "start", "agency:vero"}},
		{name: "success_offline", hub: fakeHub{offline: true, left: map[string]int{"vero-veroasiat": 1}}, actions: issue},
		{name: "large_success_small_screen", actions: append([]string{"larger"}, issue...), size: fyne.NewSize(1024, 600)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			test.NewTempApp(t)
			w := test.NewTempWindow(t, nil)
			w.SetPadded(false)
			size := fyne.NewSize(1280, 800)
			if tt.size.Width > 0 {
				size = tt.size
			}
			w.Resize(size)
			m := drive(t, &tt.hub, &tt.printer, tt.actions...)
			NewView(w, func(flow.Action) {}).Render(m.State())
			test.AssertRendersToMarkup(t, tt.name+".xml", w.Canvas())
		})
	}
}

// A kiosk that has lost the hub says so on every screen, in the screen's
// language, above what the screen shows.
func TestOfflineRenders(t *testing.T) {
	for _, tt := range []struct {
		name    string
		actions []string
	}{
		{"offline_start_fi", nil},
		{"offline_service_sv", []string{"lang:sv", "start", "agency:vero"}},
		{"offline_failed_en", append([]string{"lang:en"}, issue...)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			test.NewTempApp(t)
			w := test.NewTempWindow(t, nil)
			w.SetPadded(false)
			w.Resize(fyne.NewSize(1280, 800))
			hub := fakeHub{issueErr: errDown}
			m := drive(t, &hub, &fakePrinter{}, tt.actions...)
			v := NewView(w, func(flow.Action) {})
			v.SetOffline(true)
			v.Render(m.State())
			test.AssertRendersToMarkup(t, tt.name+".xml", w.Canvas())
			if tt.name == "offline_start_fi" {
				test.AssertRendersToImage(t, tt.name+".png", w.Canvas())
			}
		})
	}
}
