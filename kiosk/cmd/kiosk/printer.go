package main

import (
	"errors"
	"fmt"
	"strings"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
	"vuoro/kiosk/ticket"
)

// errPrinterKind is for printer kinds that come with the printer drivers.
var errPrinterKind = errors.New("kiosk: only virtual:DIR printers are supported so far")

// printerSpec is a parsed -printer flag: a kind and its argument.
type printerSpec struct{ kind, arg string }

// parsePrinter parses "virtual:DIR", the only kind so far; serial, usb and
// tcp printers come with the printer drivers.
func parsePrinter(s string) (printerSpec, error) {
	kind, arg, ok := strings.Cut(s, ":")
	switch {
	case !ok || arg == "":
		return printerSpec{}, fmt.Errorf("kiosk: printer %q: want KIND:ARG, as virtual:DIR", s)
	case kind == "serial" || kind == "usb" || kind == "tcp":
		return printerSpec{}, fmt.Errorf("%w: %q", errPrinterKind, s)
	case kind != "virtual":
		return printerSpec{}, fmt.Errorf("kiosk: printer %q: unknown kind %q, want virtual:DIR", s, kind)
	}
	return printerSpec{kind, arg}, nil
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

// openPrinter returns the ticket printer the flags ask for.
func openPrinter(spec string, paperMM int) (*ticket.Printer, error) {
	p, err := parsePrinter(spec)
	if err != nil {
		return nil, err
	}
	paper, err := parsePaper(paperMM)
	if err != nil {
		return nil, err
	}
	v, err := escpostest.NewVirtual(p.arg, paper)
	if err != nil {
		return nil, fmt.Errorf("kiosk: virtual printer: %w", err)
	}
	return ticket.NewPrinter(v, paper), nil
}
