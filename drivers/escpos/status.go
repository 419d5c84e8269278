package escpos

import (
	"fmt"
	"strings"
)

// Status is what the printer reports about itself, through real-time
// status (DLE EOT n) or Automatic Status Back (GS a). A zero Status is a
// printer that is offline with no cause known; a printer ready to print
// is Online with no error and paper in.
type Status struct {
	Online        bool // it prints; false while any cause below stops it
	WaitingOnline bool // it is waiting to come back online after a cause has cleared
	Feeding       bool // paper is being fed with the feed button
	Drawer        bool // pin 3 of the drawer kick-out connector is high
	CoverOpen     bool
	PaperNearEnd  bool // the roll is nearly used up: printing goes on
	PaperOut      bool // the roll is used up, or printing stopped at its end
	Error         bool // an error has occurred: one of the four below, or one the printer does not name
	Mechanical    bool // a mechanical error (a paper jam, the head not moving)
	CutterError   bool // the autocutter failed or jammed
	Unrecoverable bool // an error that needs the printer switched off and on
	Recoverable   bool // an error that clears by itself, such as an overheated head
}

// Ready reports whether a ticket prints now: the printer is online, with
// paper and its cover closed, and without error. Paper near its end does
// not stop it.
func (s Status) Ready() bool { return s.Err() == nil }

// Err returns nil if s is ready to print, or else a *StatusError that
// matches ErrOffline and each of ErrPaperOut, ErrCoverOpen and
// ErrPrinterError that holds.
func (s Status) Err() error {
	if s.Online && !s.CoverOpen && !s.PaperOut && !s.anyError() {
		return nil
	}
	return &StatusError{Status: s}
}

func (s Status) anyError() bool { return s.Error || s.namedError() }

func (s Status) namedError() bool {
	return s.Mechanical || s.CutterError || s.Unrecoverable || s.Recoverable
}

// String lists the conditions of s in English words, the most important
// first, as "offline, paper out, paper near end"; a ready printer with
// plenty of paper is "ready".
func (s Status) String() string {
	words := s.Conditions()
	if len(words) == 0 {
		return "ready"
	}
	return strings.Join(words, ", ")
}

// Conditions lists the conditions of s as String words them, none for a
// ready printer with plenty of paper. A caller may translate each.
func (s Status) Conditions() []string {
	var words []string
	for _, c := range conditions {
		if c.holds(s) {
			words = append(words, c.words)
		}
	}
	return words
}

// condition is a thing a Status tells, in English words.
type condition struct {
	holds func(Status) bool
	words string
}

var conditions = []condition{
	{func(s Status) bool { return !s.Online }, "offline"},
	{func(s Status) bool { return s.PaperOut }, "paper out"},
	{func(s Status) bool { return s.CoverOpen }, "cover open"},
	{func(s Status) bool { return s.CutterError }, "cutter error"},
	{func(s Status) bool { return s.Mechanical }, "mechanical error"},
	{func(s Status) bool { return s.Unrecoverable }, "unrecoverable error"},
	{func(s Status) bool { return s.Recoverable }, "recoverable error"},
	{func(s Status) bool { return s.Error && !s.namedError() }, "error"},
	{func(s Status) bool { return s.PaperNearEnd && !s.PaperOut }, "paper near end"},
	{func(s Status) bool { return s.Feeding }, "feeding paper"},
	{func(s Status) bool { return s.WaitingOnline }, "waiting to come online"},
}

// StatusError is a printer that cannot print: Print refused the ticket.
type StatusError struct {
	Status Status
}

func (e *StatusError) Error() string {
	return "escpos: printer not ready: " + e.Status.String()
}

// Is matches ErrOffline always, and ErrPaperOut, ErrCoverOpen and
// ErrPrinterError when they hold.
func (e *StatusError) Is(target error) bool {
	s := e.Status
	switch target {
	case ErrOffline:
		return true
	case ErrPaperOut:
		return s.PaperOut
	case ErrCoverOpen:
		return s.CoverOpen
	case ErrPrinterError:
		return s.anyError()
	}
	return false
}

// The kinds of real-time status, the n of DLE EOT n.
const (
	RealtimePrinter = 1 // online, drawer, feed button
	RealtimeOffline = 2 // why offline: cover, feed, paper end, error
	RealtimeError   = 3 // which error
	RealtimePaper   = 4 // the paper roll sensors
)

// Fixed bits of the printer's replies. A DLE EOT reply is 0xx1xx10, the
// first byte of an ASB message 0xx1xx00 and its other three bytes
// 0xx0xxxx.
const (
	realtimeMask  = 0x93
	realtimeFixed = 0x12
	asbFirstFixed = 0x10
	asbRestMask   = 0x90
)

// IsRealtimeReply reports whether b has the fixed bits of a reply to
// DLE EOT n (0xx1xx10).
func IsRealtimeReply(b byte) bool { return b&realtimeMask == realtimeFixed }

// Realtime returns the byte a printer in status s sends in reply to
// DLE EOT n, n being 1 to 4 (RealtimePrinter to RealtimePaper); 0 for other n.
func (s Status) Realtime(n int) byte {
	var b byte
	switch n {
	case RealtimePrinter:
		b = bit(s.Drawer, 0x04) | bit(!s.Online, 0x08) | bit(s.WaitingOnline, 0x20) | bit(s.Feeding, 0x40)
	case RealtimeOffline:
		b = bit(s.CoverOpen, 0x04) | bit(s.Feeding, 0x08) | bit(s.PaperOut, 0x20) | bit(s.anyError(), 0x40)
	case RealtimeError:
		b = bit(s.Mechanical, 0x04) | bit(s.CutterError, 0x08) | bit(s.Unrecoverable, 0x20) | bit(s.Recoverable, 0x40)
	case RealtimePaper:
		b = bit(s.PaperNearEnd, 0x0C) | bit(s.PaperOut, 0x60)
	default:
		return 0
	}
	return realtimeFixed | b
}

// SetRealtime sets the flags of s that the reply b to DLE EOT n tells and
// leaves the others; of two replies telling a flag, the later wins. A
// sensor told by two bits (paper near end, paper out) is on if either is.
// A byte without the fixed bits of a reply, or an n other than 1 to 4, is
// an error.
func (s *Status) SetRealtime(n int, b byte) error {
	if n < RealtimePrinter || n > RealtimePaper {
		return fmt.Errorf("escpos: real-time status %d: want 1 to 4", n)
	}
	if !IsRealtimeReply(b) {
		return fmt.Errorf("escpos: %08b is not a real-time status reply (0xx1xx10)", b)
	}
	switch n {
	case RealtimePrinter:
		s.Drawer, s.Online, s.WaitingOnline, s.Feeding = has(b, 0x04), !has(b, 0x08), has(b, 0x20), has(b, 0x40)
	case RealtimeOffline:
		s.CoverOpen, s.Feeding, s.PaperOut, s.Error = has(b, 0x04), has(b, 0x08), has(b, 0x20), has(b, 0x40)
	case RealtimeError:
		s.Mechanical, s.CutterError, s.Unrecoverable, s.Recoverable = has(b, 0x04), has(b, 0x08), has(b, 0x20), has(b, 0x40)
	case RealtimePaper:
		s.PaperNearEnd, s.PaperOut = has(b, 0x0C), has(b, 0x60)
	}
	s.Error = s.anyError()
	return nil
}

// ASB returns the four bytes of the Automatic Status Back message of a
// printer in status s.
func (s Status) ASB() [4]byte {
	return [4]byte{
		asbFirstFixed | bit(s.Drawer, 0x04) | bit(!s.Online, 0x08) | bit(s.CoverOpen, 0x20) | bit(s.Feeding, 0x40),
		bit(s.WaitingOnline, 0x01) | bit(s.Feeding, 0x02) | bit(s.Mechanical, 0x04) | bit(s.CutterError, 0x08) |
			bit(s.Unrecoverable, 0x20) | bit(s.Recoverable, 0x40),
		bit(s.PaperNearEnd, 0x03) | bit(s.PaperOut, 0x0C),
		0,
	}
}

// IsASBStart reports whether b has the fixed bits of the first byte of an
// ASB message (0xx1xx00).
func IsASBStart(b byte) bool { return b&realtimeMask == asbFirstFixed }

// ParseASB returns the status an Automatic Status Back message tells. A
// message without the fixed bits of ASB is an error.
func ParseASB(m [4]byte) (Status, error) {
	if !IsASBStart(m[0]) || m[1]&asbRestMask != 0 || m[2]&asbRestMask != 0 || m[3]&asbRestMask != 0 {
		return Status{}, fmt.Errorf("escpos: % X is not an ASB message", m[:])
	}
	s := Status{
		Drawer:        has(m[0], 0x04),
		Online:        !has(m[0], 0x08),
		CoverOpen:     has(m[0], 0x20),
		Feeding:       has(m[0], 0x40) || has(m[1], 0x02),
		WaitingOnline: has(m[1], 0x01),
		Mechanical:    has(m[1], 0x04),
		CutterError:   has(m[1], 0x08),
		Unrecoverable: has(m[1], 0x20),
		Recoverable:   has(m[1], 0x40),
		PaperNearEnd:  has(m[2], 0x03),
		PaperOut:      has(m[2], 0x0C),
	}
	s.Error = s.anyError()
	return s, nil
}

// bit returns mask if on, else 0.
func bit(on bool, mask byte) byte {
	if on {
		return mask
	}
	return 0
}

// has reports whether any bit of mask is set in b.
func has(b, mask byte) bool { return b&mask != 0 }
