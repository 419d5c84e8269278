package flow

import (
	"errors"

	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

// The kiosk's printer. While it cannot print (out of paper, cover open,
// offline: Options.PrinterStatus) the start screen says so and the kiosk
// offers no service, unless the site allows number-only check-in
// (wire.Site.NumberOnlyCheckin): then the kiosk issues all the same, does
// not try to print, and shows the number large on its screen, saying that
// the ticket could not be printed. A printer that fails while printing a
// ticket already issued leaves the number on the screen with advice.
//
// Options.Journal is told of every ticket before the printer gets it and
// after, so a kiosk restarted in the middle of printing finds it.

// PrinterStatus tells the printer's state now, from its real-time status:
// the same state the kiosk reports to the hub. It must be safe for
// concurrent use.
type PrinterStatus interface {
	PrinterState() wire.PrinterState
}

// PrintJournal records a ticket about to be printed, on disk before the
// printer gets it (Printing), and forgets it once the printer has taken it
// or failed and the number is on the screen (Done). t.Request is the id of
// the request that got it.
type PrintJournal interface {
	Printing(t wire.Ticket) error
	Done(t wire.Ticket) error
}

// printerDown reports whether the printer cannot print now. A state not
// known yet (no status read) is not down: the printing will tell.
func printerDown(ps PrinterStatus) bool {
	if ps == nil {
		return false
	}
	s := ps.PrinterState()
	return s != "" && !s.Prints()
}

// numberOnly reports whether the site lets the kiosk issue numbers shown
// on the screen only.
func (m *Model) numberOnly() bool { return m.catalog != nil && m.catalog.Site.NumberOnlyCheckin }

// printerStops reports whether the printer keeps the kiosk from issuing:
// it cannot print and the site does not allow number-only check-in.
func (m *Model) printerStops() bool { return printerDown(m.opts.PrinterStatus) && !m.numberOnly() }

func (m *Model) printerOutState(s *State) {
	s.Title = m.t(i18n.PrinterOut)
	s.Error = m.t(i18n.PrinterOutHelp)
	if m.opts.Join == nil {
		return
	}
	if url := m.opts.Join(); url != "" { // a phone takes the number instead
		s.QR = url
		s.Lines = append(s.Lines, m.t(i18n.JoinByPhone))
	}
}

// printTicket prints the ticket of info unless the printer cannot print
// now, recorded in the journal around the printing. r tells whether it
// tried and how the printer answered; a journal's error is only logged,
// never a reason not to print.
func printTicket(prn Printer, ps PrinterStatus, j PrintJournal, info TicketInfo) (r Result) {
	r.unprinted = printerDown(ps)
	if j == nil {
		j = noJournal{}
	}
	if !r.unprinted {
		r.journalErr = j.Printing(info.Ticket)
		r.printErr = prn.PrintTicket(info)
	}
	// Done also for a ticket not printed: an offline ticket's number is
	// recorded as printing when it is taken.
	r.journalErr = errors.Join(r.journalErr, j.Done(info.Ticket))
	return r
}

type noJournal struct{}

func (noJournal) Printing(wire.Ticket) error { return nil }
func (noJournal) Done(wire.Ticket) error     { return nil }
