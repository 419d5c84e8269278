package escpostest

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"vuoro/drivers/escpos"
)

// Virtual is a printer that prints to files: each cut receipt becomes
// ticket-NNNN.png, as Render draws it, and ticket-NNNN.txt, its Text.
//
// It answers real-time status requests (DLE EOT 1 to 4) and sends
// Automatic Status Back once GS a turns it on, from a condition the test
// sets: SetPaperNearEnd, SetPaperOut, SetCoverOpen, SetOffline, SetError.
// While it cannot print, receipts cut are held, as a printer holds them
// in its buffer, and printed when it can again.
//
// It is an io.ReadWriter with a read deadline, for escpos.Printer in the
// same process; Serve, ServePTY and ListenTCP put it on a byte stream, a
// pseudo-terminal or a TCP port. It is safe for concurrent use.
type Virtual struct {
	dir   string
	paper escpos.Paper
	local *session // the in-process connection

	mu       sync.Mutex
	cond     escpos.Status // its condition, Online aside
	offline  bool          // set offline by SetOffline
	sessions map[*session]struct{}
	next     int // the number of the next ticket
	receipts []Receipt
	paths    []string
	held     []Receipt // cut while it could not print
	errs     []error
}

// NewVirtual returns a virtual printer, ready and with paper, with paper
// p writing into dir, which it creates. Its numbering continues after the
// tickets already in dir, so a restarted kiosk overwrites none.
func NewVirtual(dir string, p escpos.Paper) (*Virtual, error) {
	if p.Dots() == 0 {
		return nil, fmt.Errorf("escpostest: paper %v: want %v or %v", p, escpos.Paper58, escpos.Paper80)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("escpostest: %w", err)
	}
	last, err := lastTicket(dir)
	if err != nil {
		return nil, fmt.Errorf("escpostest: %w", err)
	}
	v := &Virtual{dir: dir, paper: p, next: last + 1, sessions: map[*session]struct{}{}}
	v.local = v.open()
	return v, nil
}

// Write prints b, which may end in the middle of a command or a receipt;
// each receipt b completes is decoded and saved. Bytes the printer does
// not accept are a *DecodeError, the first of them if there are several:
// the receipt they are in is dropped and printing starts afresh after
// them, with the printer's mode reset.
func (v *Virtual) Write(b []byte) (int, error) { return v.local.Write(b) }

// Read reads the printer's replies to status requests written with Write.
// It waits for one until the read deadline, and without a deadline for
// ever.
func (v *Virtual) Read(b []byte) (int, error) { return v.local.Read(b) }

// SetReadDeadline bounds Read, as net.Conn's does: a Read waiting at t
// returns os.ErrDeadlineExceeded. The zero time waits for ever.
func (v *Virtual) SetReadDeadline(t time.Time) error { return v.local.SetReadDeadline(t) }

// Receipts returns the receipts printed so far.
func (v *Virtual) Receipts() []Receipt {
	v.mu.Lock()
	defer v.mu.Unlock()
	return append([]Receipt(nil), v.receipts...)
}

// Paths returns the PNG files written so far, in the order printed.
func (v *Virtual) Paths() []string {
	v.mu.Lock()
	defer v.mu.Unlock()
	return append([]string(nil), v.paths...)
}

// Held returns how many cut receipts wait for the printer to be ready.
func (v *Virtual) Held() int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return len(v.held)
}

// Errors returns the errors met so far: bytes it did not accept (each a
// *DecodeError), on any of its connections, and failures to save.
func (v *Virtual) Errors() []error {
	v.mu.Lock()
	defer v.mu.Unlock()
	return append([]error(nil), v.errs...)
}

// Status returns the status the printer reports.
func (v *Virtual) Status() escpos.Status {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.status()
}

// status is the condition with Online worked out: a printer is online
// unless set offline or stopped by its cover, its paper or an error.
func (v *Virtual) status() escpos.Status {
	s := v.cond
	s.Online = true // so that Err tells only the other causes
	s.Online = !v.offline && s.Err() == nil
	return s
}

// SetPaperNearEnd tells whether the roll is nearly used up. The printer
// goes on printing.
func (v *Virtual) SetPaperNearEnd(on bool) { v.change(func(s *escpos.Status) { s.PaperNearEnd = on }) }

// SetPaperOut tells whether the roll is used up: the printer stops, and
// its near-end sensor sees no paper either. A new roll clears both.
func (v *Virtual) SetPaperOut(on bool) {
	v.change(func(s *escpos.Status) { s.PaperOut, s.PaperNearEnd = on, on })
}

// SetCoverOpen opens or closes the cover: the printer stops while it is
// open.
func (v *Virtual) SetCoverOpen(open bool) { v.change(func(s *escpos.Status) { s.CoverOpen = open }) }

// SetOffline takes the printer offline, or back online, with no other
// cause.
func (v *Virtual) SetOffline(off bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	before := v.status()
	v.offline = off
	v.changed(before)
}

// SetError sets the printer's errors (Error, Mechanical, CutterError,
// Unrecoverable, Recoverable) to those of e; a zero Status clears them.
func (v *Virtual) SetError(e escpos.Status) {
	v.change(func(s *escpos.Status) {
		s.Error, s.Mechanical, s.CutterError, s.Unrecoverable, s.Recoverable = e.Error, e.Mechanical, e.CutterError, e.Unrecoverable, e.Recoverable
	})
}

// change changes the condition.
func (v *Virtual) change(f func(*escpos.Status)) {
	v.mu.Lock()
	defer v.mu.Unlock()
	before := v.status()
	f(&v.cond)
	v.cond.Error = v.cond.Error || v.cond.Mechanical || v.cond.CutterError || v.cond.Unrecoverable || v.cond.Recoverable
	v.changed(before)
}

// changed sends ASB to the connections that asked for it if the status
// differs from before, and prints what was held if the printer is ready.
func (v *Virtual) changed(before escpos.Status) {
	now := v.status()
	if now == before {
		return
	}
	for s := range v.sessions {
		s.statusChanged(now)
	}
	if now.Ready() {
		held := v.held
		v.held = nil
		for _, r := range held {
			v.print(r)
		}
	}
}

// print saves r, or holds it while the printer cannot print.
func (v *Virtual) print(r Receipt) {
	if !v.status().Ready() {
		v.held = append(v.held, r)
		return
	}
	if err := v.save(r); err != nil {
		v.errs = append(v.errs, err)
	}
}

// write prints b for session s and returns its first decode error, if
// any, and any failure to save.
func (v *Virtual) write(s *session, b []byte) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	errs := s.dec.writeOn(b)
	v.errs = append(v.errs, errs...)
	var saveErr error
	for _, r := range s.dec.take() {
		n := len(v.errs)
		v.print(r)
		if len(v.errs) > n {
			saveErr = v.errs[n]
		}
	}
	var err error
	if len(errs) > 0 {
		err = errs[0]
	}
	if saveErr != nil {
		return errors.Join(saveErr, err)
	}
	return err
}
