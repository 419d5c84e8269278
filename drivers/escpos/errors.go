package escpos

import "errors"

// The printer's conditions that stop a ticket. Print returns a
// *StatusError that matches each of them that holds, so a caller asks
// errors.Is(err, escpos.ErrPaperOut).
var (
	// ErrPaperOut: the paper roll is used up.
	ErrPaperOut = errors.New("escpos: paper out")
	// ErrCoverOpen: the printer's cover is open.
	ErrCoverOpen = errors.New("escpos: cover open")
	// ErrOffline: the printer is offline, for one of the reasons above or
	// the ones below, or while paper is being fed with its button.
	ErrOffline = errors.New("escpos: printer offline")
	// ErrPrinterError: the printer reports an error: of its cutter, of its
	// mechanism, one it recovers from by itself (an overheated head), or
	// one it needs to be switched off and on for.
	ErrPrinterError = errors.New("escpos: printer error")
)

// Errors about talking to the printer.
var (
	// ErrNoReply: the printer did not answer a status request in time. It
	// is switched off, its cable is out, or it is not an ESC/POS printer.
	ErrNoReply = errors.New("escpos: the printer does not answer")
	// ErrNoStatus: the connection cannot read the printer's status (a
	// write-only connection, or one whose reads cannot time out). Print
	// prints without asking.
	ErrNoStatus = errors.New("escpos: the printer's status cannot be read on this connection")
	// ErrBusy: the printer has asked the host to stop sending (XOFF) and
	// did not ask it to go on (XON) in time.
	ErrBusy = errors.New("escpos: the printer is busy (XOFF)")
)
