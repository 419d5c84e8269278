package main

import (
	"log/slog"
	"sync/atomic"

	"vuoro/kiosk/outbox"
	"vuoro/shared/wire"
)

// printerStatus is the printer's latest state as its watch read it (the
// state reported to the hub): the flow's PrinterStatus.
type printerStatus struct{ state atomic.Value }

// PrinterState returns the latest state; empty until the first reading.
func (p *printerStatus) PrinterState() wire.PrinterState {
	s, _ := p.state.Load().(wire.PrinterState)
	return s
}

// follow keeps the state of each health report before passing it on.
func (p *printerStatus) follow(report func(wire.Health)) func(wire.Health) {
	return func(h wire.Health) {
		p.state.Store(h.Printer)
		report(h)
	}
}

// canceller cancels at the hub a ticket request the kiosk gave up on, so
// its number never waits in a queue; *hubclient.Client is one. It re-sends
// the cancel in the background until the hub acknowledges it.
type canceller interface {
	CancelRequest(request string)
}

// settlePrints settles the prints a restart cut short (outbox.Unfinished):
// the citizen saw no number on the screen and may hold no paper, so the
// number is taken back. An offline ticket is dropped from the outbox, never
// delivered: to the hub its number is one the kiosk never used. An online
// one is cancelled at the hub with its request id when cancel is not nil;
// without it the record is kept, and said loudly, until a kiosk that can
// cancel starts. Only call ids and request ids are logged.
func settlePrints(box *outbox.Outbox, cancel canceller, log *slog.Logger) error {
	unfinished, err := box.Unfinished()
	if err != nil {
		return err
	}
	for _, u := range unfinished {
		attrs := []any{"call_id", u.CallID, "service", u.Service, "request", u.Request, "offline", u.Offline}
		if !u.Offline && cancel == nil {
			log.Error("a restart cut short the printing of a ticket the hub issued; this kiosk cannot cancel it, ask an advisor to delete it", attrs...)
			continue
		}
		if !u.Offline {
			cancel.CancelRequest(u.Request)
		}
		if err := box.Drop(u); err != nil {
			return err
		}
		log.Warn("a restart cut short the printing of a ticket: its number is taken back", attrs...)
	}
	return nil
}
