package main

import (
	"vuoro/drivers/escpos"
	"vuoro/shared/wire"
)

// version is the kiosk's software version, set at build time with
// -ldflags "-X main.version=…".
var version = "dev"

// printerHealth is what the kiosk reports of its printer: the state the
// printer's real-time status tells, and why it cannot print.
func printerHealth(s escpos.Status, err error) wire.Health {
	h := wire.Health{Printer: printerState(s, err)}
	switch {
	case err != nil:
		h.LastError = clip(err.Error())
	case !s.Ready():
		h.LastError = clip(s.Err().Error())
	}
	return h
}

func printerState(s escpos.Status, err error) wire.PrinterState {
	switch {
	case err != nil, !s.Online && !s.CoverOpen && !s.PaperOut:
		return wire.PrinterOffline
	case s.PaperOut:
		return wire.PrinterPaperOut
	case s.CoverOpen:
		return wire.PrinterCoverOpen
	case !s.Ready():
		return wire.PrinterOffline
	case s.PaperNearEnd:
		return wire.PrinterPaperNearEnd
	}
	return wire.PrinterOK
}

// clip keeps an error within what the status may carry.
func clip(s string) string {
	if r := []rune(s); len(r) > 200 {
		return string(r[:200])
	}
	return s
}
