package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"vuoro/kiosk/flow"
	"vuoro/shared/wire"
)

// paperOut is a printer out of paper, as its real-time status tells.
type paperOut struct{}

func (paperOut) PrinterState() wire.PrinterState { return wire.PrinterPaperOut }

// A kiosk whose printer is out says so on its start screen in each
// language, or, where the site allows number-only check-in, shows the
// number it issued large, saying it could not be printed.
func TestPrinterOutRenders(t *testing.T) {
	for _, tt := range []struct {
		name       string
		numberOnly bool
		actions    []string
	}{
		{"printer_out_fi", false, nil},
		{"printer_out_sv", false, []string{"lang:sv"}},
		{"printer_out_en", false, []string{"lang:en"}},
		{"number_only_start_fi", true, nil},
		{"number_only_success_fi", true, issue},
		{"number_only_success_sv", true, append([]string{"lang:sv"}, issue...)},
		{"number_only_success_en", true, append([]string{"lang:en"}, issue...)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			test.NewTempApp(t)
			w := test.NewTempWindow(t, nil)
			w.SetPadded(false)
			w.Resize(fyne.NewSize(1280, 800))
			m := drivePrinterOut(t, tt.numberOnly, tt.actions...)
			NewView(w, func(flow.Action) {}).Render(m.State())
			test.AssertRendersToMarkup(t, tt.name+".xml", w.Canvas())
			test.AssertRendersToImage(t, tt.name+".png", w.Canvas())
		})
	}
}

// drivePrinterOut is drive with a printer out of paper and the site's
// number-only setting.
func drivePrinterOut(t *testing.T, numberOnly bool, actions ...string) *flow.Model {
	t.Helper()
	hub := &fakeHub{}
	m, err := flow.New(flow.Options{Issuer: hub, Printer: &fakePrinter{}, Helper: hub, PrinterStatus: paperOut{}})
	if err != nil {
		t.Fatal(err)
	}
	c := sixAgencies()
	c.Site.NumberOnlyCheckin = numberOnly
	m.SetCatalog(c)
	m.Tick(t0)
	var jobs []*flow.Job
	for _, a := range actions {
		if a != "run" {
			if j := m.Tap(flow.Action(a)); j != nil {
				jobs = append(jobs, j)
			}
			continue
		}
		for _, j := range jobs {
			m.Apply(j.Run(context.Background()))
		}
		jobs = nil
		m.Tick(t0)
	}
	return m
}
