package escpos

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// Options configure a Printer; nil and zero fields take the defaults.
type Options struct {
	// Timeout bounds the wait for each status reply; default 2 s.
	Timeout time.Duration
	// NoStatus makes Print print without asking the printer's status, on
	// a connection that cannot read it back.
	NoStatus bool
	// Poll is how often Watch asks the status; default 5 s.
	Poll time.Duration
	// ASB has Watch turn on Automatic Status Back (GS a), so that the
	// printer sends its status whenever it changes and Watch reports the
	// change at once rather than at its next poll.
	ASB bool
}

// The defaults of Options.
const (
	DefaultTimeout = 2 * time.Second
	DefaultPoll    = 5 * time.Second
)

func (o *Options) withDefaults() Options {
	var c Options
	if o != nil {
		c = *o
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.Poll <= 0 {
		c.Poll = DefaultPoll
	}
	return c
}

// Printer sends tickets to a printer and reads its status. It is safe for
// concurrent use; its calls take turns on the connection.
type Printer struct {
	w io.Writer
	r io.Reader // nil: the connection only writes
	o Options

	mu       sync.Mutex
	parser   ReplyParser
	realtime []byte // replies to DLE EOT read and not yet taken
	last     Status
	known    bool // last holds a status the printer told
	asbs     int  // ASB messages taken in
	xoff     bool // the printer sent XOFF and no XON since
	stale    bool // a reply may still come for a request that timed out
	buf      [64]byte
}

// NewPrinter returns a printer on the connection w: a serial port,
// /dev/usb/lpN, a TCP connection to port 9100, or a virtual printer. If w
// is also an io.Reader, the printer's status is read from it: reads must
// either obey SetReadDeadline (as net.Conn and pollable files do) or time
// out by themselves (as a serial port opened with a read timeout does).
// Options nil takes the defaults.
func NewPrinter(w io.Writer, o *Options) *Printer {
	p := &Printer{w: w, o: o.withDefaults()}
	if r, ok := w.(io.Reader); ok && !p.o.NoStatus {
		p.r = r
	}
	return p
}

// Print asks the printer's status and, if it is ready, writes the whole
// ticket. A printer out of paper, with its cover open, offline or in
// error gets no ticket: Print returns a *StatusError matching ErrPaperOut,
// ErrCoverOpen, ErrOffline or ErrPrinterError. A printer that does not
// answer is ErrNoReply. On a connection that cannot read the status,
// Print writes without asking. Paper near its end is no error: Last and
// Watch tell it.
func (p *Printer) Print(ticket []byte) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	st, err := p.status()
	switch {
	case errors.Is(err, ErrNoStatus):
	case err != nil:
		return err
	case st.Err() != nil:
		return st.Err()
	}
	if err := p.waitXON(); err != nil {
		return err
	}
	return p.write(ticket)
}

// Status asks the printer its real-time status (DLE EOT 1 and 4, and 2
// and 3 when it is offline). It returns ErrNoStatus on a connection that
// cannot read, ErrNoReply if the printer does not answer in time.
func (p *Printer) Status() (Status, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.status()
}

// Last returns the last status the printer told, by a reply or by
// Automatic Status Back, without asking; false if it has told none.
func (p *Printer) Last() (Status, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.last, p.known
}

// Control bytes of the status commands.
const (
	dle = 0x10
	eot = 0x04
)

func (p *Printer) status() (Status, error) {
	if p.r == nil {
		return Status{}, ErrNoStatus
	}
	if p.stale {
		if err := p.drain(); err != nil {
			return Status{}, err
		}
	}
	var s Status
	for _, n := range []int{RealtimePrinter, RealtimeOffline, RealtimeError, RealtimePaper} {
		if n == RealtimeOffline && s.Online || n == RealtimeError && !s.Error {
			continue
		}
		if err := p.ask(n, &s); err != nil {
			return Status{}, err
		}
	}
	p.last, p.known = s, true
	return s, nil
}

// ask sends DLE EOT n and sets s from the reply.
func (p *Printer) ask(n int, s *Status) error {
	if err := p.write([]byte{dle, eot, byte(n)}); err != nil {
		return err
	}
	deadline := time.Now().Add(p.o.Timeout)
	for len(p.realtime) == 0 {
		if err := p.fill(deadline); err != nil {
			if errors.Is(err, ErrNoReply) {
				p.stale = true
			}
			return err
		}
	}
	b := p.realtime[0]
	p.realtime = p.realtime[1:]
	return s.SetRealtime(n, b)
}

// drainTime is how long status waits for late replies to a request that
// timed out before it asks again.
const drainTime = 150 * time.Millisecond

// drain reads and drops the replies to requests that timed out.
func (p *Printer) drain() error {
	deadline := time.Now().Add(drainTime)
	for {
		err := p.fill(deadline)
		if errors.Is(err, ErrNoReply) {
			break
		}
		if err != nil {
			return err
		}
	}
	p.realtime, p.stale = nil, false
	return nil
}

// waitXON waits, for at most the timeout, until a printer that sent XOFF
// sends XON.
func (p *Printer) waitXON() error {
	deadline := time.Now().Add(p.o.Timeout)
	for p.xoff && p.r != nil {
		if err := p.fill(deadline); errors.Is(err, ErrNoReply) {
			return ErrBusy
		} else if err != nil {
			return err
		}
	}
	return nil
}

// readDeadliner is a connection whose reads can be bounded.
type readDeadliner interface {
	SetReadDeadline(t time.Time) error
}

// idleWait is how long fill waits after a read that returned nothing and
// no error, so that such a reader is not spun on.
const idleWait = 10 * time.Millisecond

// fill reads once from the printer, waiting until deadline at most, and
// takes in the replies. It returns ErrNoReply once deadline has passed.
func (p *Printer) fill(deadline time.Time) error {
	left := time.Until(deadline)
	if left <= 0 {
		return ErrNoReply
	}
	if d, ok := p.r.(readDeadliner); ok {
		if err := d.SetReadDeadline(deadline); err != nil {
			return readError(err)
		}
	}
	n, err := p.r.Read(p.buf[:])
	p.take(p.buf[:n])
	switch {
	case err == nil && n == 0:
		time.Sleep(min(idleWait, left))
	case err != nil && !isTimeout(err):
		return readError(err)
	}
	return nil
}

func readError(err error) error {
	if errors.Is(err, os.ErrNoDeadline) {
		return fmt.Errorf("%w: %w", ErrNoStatus, err)
	}
	return fmt.Errorf("escpos: read: %w", err)
}

// isTimeout reports whether err is a read that timed out.
func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.Is(err, os.ErrDeadlineExceeded) || errors.As(err, &t) && t.Timeout()
}

// take parses bytes the printer sent.
func (p *Printer) take(b []byte) {
	for _, c := range b {
		r, ok := p.parser.Feed(c)
		if !ok {
			continue
		}
		switch r.Kind {
		case ReplyRealtime:
			p.realtime = append(p.realtime, r.Byte)
		case ReplyASB:
			if s, err := ParseASB(r.ASB); err == nil {
				p.last, p.known = s, true
				p.asbs++
			}
		case ReplyXON:
			p.xoff = false
		case ReplyXOFF:
			p.xoff = true
		}
	}
}

// write writes all of b to the printer.
func (p *Printer) write(b []byte) error {
	n, err := p.w.Write(b)
	if err == nil && n < len(b) {
		err = io.ErrShortWrite
	}
	if err != nil {
		return fmt.Errorf("escpos: write: %w", err)
	}
	return nil
}
