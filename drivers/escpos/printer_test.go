package escpos_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"vuoro/drivers/escpos"
)

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(b []byte) (int, error) { return f(b) }

var quick = &escpos.Options{Timeout: 100 * time.Millisecond, Poll: 20 * time.Millisecond}

const ticket = "\x1b@R20\n\x1dVB\x03"

func TestPrintAsksStatusThenWrites(t *testing.T) {
	f := newFake(ready)
	if err := escpos.NewPrinter(f, quick).Print([]byte(ticket)); err != nil {
		t.Fatal(err)
	}
	// DLE EOT 1 (online, so no 2 or 3), DLE EOT 4, the ticket.
	want := "\x10\x04\x01\x10\x04\x04" + ticket
	if got := f.writtenBytes(); string(got) != want {
		t.Errorf("wrote % X, want % X", got, want)
	}
}

func TestPrintRefusesAPrinterNotReady(t *testing.T) {
	tests := []struct {
		name    string
		status  escpos.Status
		is      []error
		isNot   []error
		message string
	}{
		{"paper out", escpos.Status{PaperOut: true, PaperNearEnd: true},
			[]error{escpos.ErrPaperOut, escpos.ErrOffline}, []error{escpos.ErrCoverOpen, escpos.ErrPrinterError},
			"escpos: printer not ready: offline, paper out"},
		{"cover open", escpos.Status{CoverOpen: true},
			[]error{escpos.ErrCoverOpen, escpos.ErrOffline}, []error{escpos.ErrPaperOut},
			"escpos: printer not ready: offline, cover open"},
		{"offline", escpos.Status{},
			[]error{escpos.ErrOffline}, []error{escpos.ErrPaperOut, escpos.ErrCoverOpen, escpos.ErrPrinterError},
			"escpos: printer not ready: offline"},
		{"cutter jammed", escpos.Status{CutterError: true},
			[]error{escpos.ErrPrinterError, escpos.ErrOffline}, []error{escpos.ErrPaperOut},
			"escpos: printer not ready: offline, cutter error"},
		{"head too hot", escpos.Status{Recoverable: true},
			[]error{escpos.ErrPrinterError}, nil,
			"escpos: printer not ready: offline, recoverable error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(tt.status)
			err := escpos.NewPrinter(f, quick).Print([]byte(ticket))
			for _, target := range tt.is {
				if !errors.Is(err, target) {
					t.Errorf("Print = %v, want it to match %v", err, target)
				}
			}
			for _, target := range tt.isNot {
				if errors.Is(err, target) {
					t.Errorf("Print = %v matches %v", err, target)
				}
			}
			var se *escpos.StatusError
			if !errors.As(err, &se) || err.Error() != tt.message {
				t.Errorf("Print = %q, want a *StatusError %q", err, tt.message)
			}
			if p := f.printedBytes(); len(p) != 0 {
				t.Errorf("printed % X on a printer not ready", p)
			}
		})
	}
}

// TestStatusAsksWhyOffline: an offline printer is asked DLE EOT 2, and 3
// when 2 tells of an error.
func TestStatusAsksWhyOffline(t *testing.T) {
	tests := []struct {
		status escpos.Status
		asks   string
	}{
		{ready, "\x01\x04"},
		{escpos.Status{Online: true, PaperNearEnd: true}, "\x01\x04"},
		{escpos.Status{CoverOpen: true}, "\x01\x02\x04"},
		{escpos.Status{Unrecoverable: true}, "\x01\x02\x03\x04"},
	}
	for _, tt := range tests {
		f := newFake(tt.status)
		got, err := escpos.NewPrinter(f, quick).Status()
		want := tt.status
		want.Error = tt.status.Unrecoverable
		if err != nil || got != want {
			t.Errorf("Status() = %+v, %v; want %+v", got, err, want)
		}
		asks := strings.ReplaceAll(string(f.writtenBytes()), "\x10\x04", "")
		if asks != tt.asks {
			t.Errorf("%v: asked DLE EOT % X, want % X", tt.status, asks, tt.asks)
		}
	}
}

func TestPaperNearEndPrintsAndTells(t *testing.T) {
	f := newFake(escpos.Status{Online: true, PaperNearEnd: true})
	p := escpos.NewPrinter(f, quick)
	if _, ok := p.Last(); ok {
		t.Error("Last() before any status says it knows one")
	}
	if err := p.Print([]byte(ticket)); err != nil {
		t.Fatalf("Print with paper near end: %v", err)
	}
	if !bytes.Equal(f.printedBytes(), []byte(ticket)) {
		t.Errorf("printed % X", f.printedBytes())
	}
	if s, ok := p.Last(); !ok || !s.PaperNearEnd || !s.Ready() || s.String() != "paper near end" {
		t.Errorf("Last() = %v (%+v), %v; want ready with paper near end", s, s, ok)
	}
}

func TestNoReply(t *testing.T) {
	f := newFake(ready)
	f.silent = true
	start := time.Now()
	err := escpos.NewPrinter(f, quick).Print([]byte(ticket))
	if !errors.Is(err, escpos.ErrNoReply) {
		t.Fatalf("Print to a silent printer = %v, want ErrNoReply", err)
	}
	if d := time.Since(start); d < quick.Timeout || d > 20*quick.Timeout {
		t.Errorf("gave up after %v, want about %v", d, quick.Timeout)
	}
	if len(f.printedBytes()) != 0 {
		t.Error("printed to a printer that does not answer")
	}
}

// TestLateRepliesAreDropped: replies that come after a request timed out
// must not answer the next request.
func TestLateRepliesAreDropped(t *testing.T) {
	f := newFake(escpos.Status{Online: true, PaperNearEnd: true})
	f.delay = 2 * quick.Timeout
	p := escpos.NewPrinter(f, quick)
	if _, err := p.Status(); !errors.Is(err, escpos.ErrNoReply) {
		t.Fatalf("Status() = %v, want ErrNoReply", err)
	}
	f.mu.Lock()
	f.delay = 0
	f.status = escpos.Status{PaperOut: true}
	f.mu.Unlock()
	for { // the late reply (online) arrives
		f.mu.Lock()
		late := f.late
		f.mu.Unlock()
		if late > 0 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	s, err := p.Status()
	if err != nil || s.Online || !s.PaperOut {
		t.Fatalf("Status() = %+v, %v; want paper out, not the late reply", s, err)
	}
}

// TestRepliesAmongOtherBytes: XON, XOFF, ASB messages and other bytes
// before a reply do not confuse it.
func TestRepliesAmongOtherBytes(t *testing.T) {
	asb := escpos.Status{CoverOpen: true}.ASB()
	f := newFake(escpos.Status{Online: true, PaperNearEnd: true})
	f.before = append([]byte{escpos.XOFF, 0x00, 0xFF, asb[0], asb[1], escpos.XOFF, asb[2], asb[3]}, escpos.XON)
	s, err := escpos.NewPrinter(f, quick).Status()
	if err != nil || s != (escpos.Status{Online: true, PaperNearEnd: true}) {
		t.Fatalf("Status() = %+v, %v", s, err)
	}
}

func TestXOFFHoldsTheTicket(t *testing.T) {
	f := newFake(ready)
	f.before = []byte{escpos.XOFF}
	p := escpos.NewPrinter(f, &escpos.Options{Timeout: 500 * time.Millisecond})
	if err := p.Print([]byte(ticket)); !errors.Is(err, escpos.ErrBusy) {
		t.Fatalf("Print after XOFF = %v, want ErrBusy", err)
	}
	f.mu.Lock()
	f.before = nil
	f.mu.Unlock()
	time.AfterFunc(50*time.Millisecond, func() { f.send([]byte{escpos.XON}) })
	if err := p.Print([]byte(ticket)); err != nil {
		t.Fatalf("Print with XON coming: %v", err)
	}
	if !bytes.Equal(f.printedBytes(), []byte(ticket)) {
		t.Errorf("printed % X", f.printedBytes())
	}
}

func TestPrintWithoutStatus(t *testing.T) {
	var buf bytes.Buffer
	w := writerFunc(buf.Write) // writes only
	p := escpos.NewPrinter(w, nil)
	if err := p.Print([]byte(ticket)); err != nil || buf.String() != ticket {
		t.Fatalf("printed % X, %v; want % X", buf.Bytes(), err, ticket)
	}
	if _, err := p.Status(); !errors.Is(err, escpos.ErrNoStatus) {
		t.Errorf("Status() = %v, want ErrNoStatus", err)
	}
	buf.Reset()
	f := newFake(escpos.Status{PaperOut: true})
	if err := escpos.NewPrinter(f, &escpos.Options{NoStatus: true}).Print([]byte(ticket)); err != nil {
		t.Fatalf("NoStatus: %v", err)
	}
	if string(f.writtenBytes()) != ticket {
		t.Errorf("NoStatus wrote % X", f.writtenBytes())
	}
}

// noDeadline is a connection whose reads cannot time out, as a device
// file the poller does not take.
type noDeadline struct{ bytes.Buffer }

func (noDeadline) SetReadDeadline(time.Time) error { return os.ErrNoDeadline }

func TestUnboundedReadsPrintWithoutStatus(t *testing.T) {
	var c noDeadline
	p := escpos.NewPrinter(&c, quick)
	if _, err := p.Status(); !errors.Is(err, escpos.ErrNoStatus) {
		t.Errorf("Status() = %v, want ErrNoStatus", err)
	}
	if err := p.Print([]byte(ticket)); err != nil || !strings.HasSuffix(c.String(), ticket) {
		t.Fatalf("Print = %v, wrote % X", err, c.Bytes())
	}
}

func TestPrintWrapsWriteErrors(t *testing.T) {
	gone := errors.New("device gone")
	tests := []struct {
		name string
		w    io.Writer
		want error
		msg  string
	}{
		{"error", writerFunc(func([]byte) (int, error) { return 0, gone }), gone, "escpos: write: device gone"},
		{"short write", writerFunc(func(b []byte) (int, error) { return len(b) - 1, nil }), io.ErrShortWrite, "escpos: write: short write"},
	}
	for _, tt := range tests {
		err := escpos.NewPrinter(tt.w, nil).Print([]byte("R20\n"))
		if !errors.Is(err, tt.want) || err.Error() != tt.msg {
			t.Errorf("%s: Print = %v, want %q wrapping %v", tt.name, err, tt.msg, tt.want)
		}
	}
}

// brokenReader fails every read, as a connection that has hung up.
type brokenReader struct{ writerFunc }

func (brokenReader) Read([]byte) (int, error) { return 0, io.EOF }

func TestReadErrors(t *testing.T) {
	p := escpos.NewPrinter(brokenReader{func(b []byte) (int, error) { return len(b), nil }}, quick)
	if err := p.Print([]byte(ticket)); !errors.Is(err, io.EOF) || !strings.HasPrefix(err.Error(), "escpos: read: ") {
		t.Fatalf("Print on a hung-up line = %v", err)
	}
}

type change struct {
	s   escpos.Status
	err error
}

func watch(t *testing.T, p *escpos.Printer) <-chan change {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	changes := make(chan change, 16)
	done := make(chan error)
	go func() { done <- p.Watch(ctx, func(s escpos.Status, err error) { changes <- change{s, err} }) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("Watch = %v", err)
		}
	})
	return changes
}

func next(t *testing.T, changes <-chan change) change {
	t.Helper()
	select {
	case c := <-changes:
		return c
	case <-time.After(5 * time.Second):
		t.Fatal("no status change reported")
	}
	return change{}
}

func TestWatchReportsChanges(t *testing.T) {
	f := newFake(ready)
	changes := watch(t, escpos.NewPrinter(f, quick))
	if c := next(t, changes); c.err != nil || c.s != ready {
		t.Fatalf("first report %+v", c)
	}
	for _, s := range []escpos.Status{{Online: true, PaperNearEnd: true}, {PaperOut: true, PaperNearEnd: true}, ready} {
		f.setStatus(s)
		if c := next(t, changes); c.err != nil || c.s != s {
			t.Fatalf("reported %+v, want %+v", c, s)
		}
	}
	f.mu.Lock()
	f.silent = true
	f.mu.Unlock()
	if c := next(t, changes); !errors.Is(c.err, escpos.ErrNoReply) {
		t.Fatalf("reported %+v, want ErrNoReply", c)
	}
	f.mu.Lock()
	f.silent = false
	f.mu.Unlock()
	if c := next(t, changes); c.err != nil || c.s != ready {
		t.Fatalf("reported %+v after the printer came back", c)
	}
	select {
	case c := <-changes:
		t.Errorf("reported %+v with nothing changed", c)
	case <-time.After(5 * quick.Poll):
	}
}

// TestWatchASB: with Automatic Status Back a change is reported long
// before the next poll.
func TestWatchASB(t *testing.T) {
	f := newFake(ready)
	o := *quick
	o.Poll, o.ASB = time.Hour, true
	p := escpos.NewPrinter(f, &o)
	changes := watch(t, p)
	if c := next(t, changes); c.err != nil || c.s != ready {
		t.Fatalf("first report %+v", c)
	}
	if w := f.writtenBytes(); !bytes.HasPrefix(w, []byte{0x1D, 'a', 0x0E}) {
		t.Errorf("Watch wrote % X, want GS a 0E first", w)
	}
	out := escpos.Status{CoverOpen: true}
	f.setStatus(out)
	if c := next(t, changes); c.err != nil || c.s != out {
		t.Fatalf("reported %+v, want the cover open", c)
	}
	// Print waits its turn while Watch listens.
	f.setStatus(ready)
	next(t, changes)
	if err := p.Print([]byte(ticket)); err != nil {
		t.Fatal(err)
	}
	if s, _ := p.Last(); s != ready {
		t.Errorf("Last() = %+v", s)
	}
}
