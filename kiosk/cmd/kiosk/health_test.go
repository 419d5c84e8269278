package main

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"vuoro/drivers/escpos"
	"vuoro/shared/wire"
)

// The printer's state, read byte by byte from the virtual printer's
// real-time status, is what the kiosk reports to the hub.
func TestWatchReportsThePrintersState(t *testing.T) {
	p, err := openPrinter("virtual:"+t.TempDir(), 80)
	if err != nil {
		t.Fatal(err)
	}
	p.status = escpos.NewPrinter(p.virtual, &escpos.Options{Poll: 10 * time.Millisecond})
	reports := make(chan wire.Health, 20)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go p.Watch(ctx, slog.New(slog.DiscardHandler), func(h wire.Health) { reports <- h })
	next := func(want wire.PrinterState) wire.Health {
		t.Helper()
		for end := time.After(5 * time.Second); ; {
			select {
			case h := <-reports:
				if h.Printer == want {
					return h
				}
			case <-end:
				t.Fatalf("no report of %s", want)
			}
		}
	}
	if h := next(wire.PrinterOK); h.LastError != "" {
		t.Fatalf("a ready printer reported error %q", h.LastError)
	}
	p.virtual.SetPaperNearEnd(true)
	next(wire.PrinterPaperNearEnd)
	p.virtual.SetPaperOut(true)
	if h := next(wire.PrinterPaperOut); h.LastError == "" {
		t.Fatal("paper out without the printer's error")
	}
	p.virtual.SetPaperOut(false)
	p.virtual.SetCoverOpen(true)
	next(wire.PrinterCoverOpen)
	p.virtual.SetCoverOpen(false)
	next(wire.PrinterOK)
}

func TestPrinterStates(t *testing.T) {
	tests := []struct {
		s    escpos.Status
		err  error
		want wire.PrinterState
	}{
		{escpos.Status{Online: true}, nil, wire.PrinterOK},
		{escpos.Status{Online: true, PaperNearEnd: true}, nil, wire.PrinterPaperNearEnd},
		{escpos.Status{PaperOut: true, PaperNearEnd: true}, nil, wire.PrinterPaperOut},
		{escpos.Status{CoverOpen: true}, nil, wire.PrinterCoverOpen},
		{escpos.Status{Online: true, Mechanical: true, Error: true}, nil, wire.PrinterOffline},
		{escpos.Status{}, escpos.ErrOffline, wire.PrinterOffline},
	}
	for _, tt := range tests {
		if got := printerState(tt.s, tt.err); got != tt.want {
			t.Errorf("%v, %v: %s, want %s", tt.s, tt.err, got, tt.want)
		}
	}
}
