package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
	"vuoro/drivers/printer"
	"vuoro/kiosk/ticket"
	"vuoro/shared/wire"
)

// parsePrinter parses the -printer flag: virtual:DIR, serial:DEVICE[@BAUD],
// usb:DEVICE or tcp:HOST[:PORT].
func parsePrinter(s string) (printer.Spec, error) {
	spec, err := printer.ParseSpec(s)
	if err != nil {
		return printer.Spec{}, fmt.Errorf("kiosk: %w", err)
	}
	return spec, nil
}

func parsePaper(mm int) (escpos.Paper, error) {
	switch mm {
	case 80:
		return escpos.Paper80, nil
	case 58:
		return escpos.Paper58, nil
	}
	return escpos.Paper80, fmt.Errorf("kiosk: paper %d mm: want 80 or 58", mm)
}

// ticketPrinter is the ticket printer the flags ask for: the flow's
// Printer, with the printer's status to watch and its connection to
// close.
type ticketPrinter struct {
	*ticket.Printer
	spec    printer.Spec
	status  *escpos.Printer
	virtual *escpostest.Virtual // the printer of virtual:DIR
	conn    io.Closer           // the connection to a real printer
}

// openPrinter returns the ticket printer the flags ask for. A real
// printer is opened at the first ticket and reopened after it has been
// unplugged or switched off, so the kiosk starts without it.
func openPrinter(spec string, paperMM int) (*ticketPrinter, error) {
	s, err := parsePrinter(spec)
	if err != nil {
		return nil, err
	}
	paper, err := parsePaper(paperMM)
	if err != nil {
		return nil, err
	}
	p := &ticketPrinter{spec: s}
	var conn io.Writer
	if s.Kind == printer.Virtual {
		if p.virtual, err = escpostest.NewVirtual(s.Path, paper); err != nil {
			return nil, fmt.Errorf("kiosk: virtual printer: %w", err)
		}
		conn = p.virtual
	} else {
		c, err := printer.Open(s, nil)
		if err != nil {
			return nil, fmt.Errorf("kiosk: %w", err)
		}
		conn, p.conn = c, c
	}
	p.status = escpos.NewPrinter(conn, nil)
	p.Printer = ticket.New(p.status, paper)
	return p, nil
}

// Watch logs and reports the printer's status when it changes until ctx ends: a
// printer that cannot print or does not answer as an error, paper near
// its end as a warning, so that the staff hear of it before a citizen
// does.
func (p *ticketPrinter) Watch(ctx context.Context, log *slog.Logger, report func(wire.Health)) error {
	log = log.With("printer", p.spec.String())
	return p.status.Watch(ctx, func(s escpos.Status, err error) {
		report(printerHealth(s, err))
		switch {
		case err != nil:
			log.Error("printer not answering", "err", err)
		case !s.Ready():
			log.Error("printer cannot print", "status", s.String())
		case s.PaperNearEnd:
			log.Warn("printer paper near end", "status", s.String())
		default:
			log.Info("printer ready")
		}
	})
}

// Close closes the connection to a real printer.
func (p *ticketPrinter) Close() error {
	if p.conn == nil {
		return nil
	}
	return p.conn.Close()
}
