package wire

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// PrinterState is a kiosk's ticket printer as the kiosk last read it
// (ESC/POS real-time status).
type PrinterState string

// The states of a kiosk's printer. An empty state is a device without a
// printer, or one from before the health fields.
const (
	PrinterOK           PrinterState = "ok"
	PrinterPaperNearEnd PrinterState = "paper-near-end" // it still prints
	PrinterPaperOut     PrinterState = "paper-out"
	PrinterCoverOpen    PrinterState = "cover-open"
	PrinterOffline      PrinterState = "offline" // not answering, or stopped by an error
)

// Known reports whether p is one of the printer states, or empty.
func (p PrinterState) Known() bool {
	switch p {
	case "", PrinterOK, PrinterPaperNearEnd, PrinterPaperOut, PrinterCoverOpen, PrinterOffline:
		return true
	}
	return false
}

// Prints reports whether a printer in state p prints tickets.
func (p PrinterState) Prints() bool { return p == PrinterOK || p == PrinterPaperNearEnd }

// Health is what a device tells of itself besides being online.
type Health struct {
	Version string       `json:"version,omitempty"`  // the device's software version
	Uptime  int64        `json:"uptime_s,omitempty"` // seconds since the device's program started
	Printer PrinterState `json:"printer,omitempty"`  // a kiosk's ticket printer
	// Reader tells whether a kiosk's barcode reader is present; nil for a
	// device without one.
	Reader    *bool  `json:"reader,omitempty"`
	LastError string `json:"last_error,omitempty"` // the device's latest error, in English, without personal data
}

// Limits of the health texts.
const (
	maxVersion   = 40
	maxLastError = 200
)

func (h Health) validate() error {
	switch {
	case h.Uptime < 0:
		return fmt.Errorf("%w: negative uptime", ErrInvalid)
	case !h.Printer.Known():
		return fmt.Errorf("%w: printer state %q", ErrInvalid, h.Printer)
	}
	if err := checkText("version", h.Version, maxVersion); err != nil {
		return err
	}
	return checkText("last_error", h.LastError, maxLastError)
}

// checkText refuses a text longer than max characters, with control
// characters, or holding what looks like a personal identity code: a
// device's status is shown on the console and kept in logs.
func checkText(field, s string, max int) error {
	switch {
	case utf8.RuneCountInString(s) > max:
		return fmt.Errorf("%w: %s longer than %d characters", ErrInvalid, field, max)
	case !utf8.ValidString(s):
		return fmt.Errorf("%w: %s is not UTF-8", ErrInvalid, field)
	case hasControl(s):
		return fmt.Errorf("%w: %s has control characters", ErrInvalid, field)
	case hasIdentityCode(s):
		return fmt.Errorf("%w: %s holds a personal identity code", ErrInvalid, field)
	}
	return nil
}

func hasControl(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) {
			return true
		}
	}
	return false
}

// hasIdentityCode reports whether s holds DDMMYY, a century sign and three
// digits: the shape of a henkilötunnus (checked loosely; better refuse a
// part number than pass a person).
func hasIdentityCode(s string) bool {
	b := []byte(s)
	for i := 0; i+10 <= len(b); i++ {
		if digits(b[i:i+6]) && isCentury(b[i+6]) && digits(b[i+7:i+10]) {
			return true
		}
	}
	return false
}

func digits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func isCentury(c byte) bool {
	switch c {
	case '+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F':
		return true
	}
	return false
}
