package printer_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"vuoro/drivers/printer"
)

// device is an open printer device that fails when told to.
type device struct {
	mu       sync.Mutex
	written  bytes.Buffer
	fail     error // of the next read or write
	closed   bool
	deadline time.Time
	replies  []byte
}

func (d *device) Write(b []byte) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.fail != nil {
		return 0, d.fail
	}
	return d.written.Write(b)
}

func (d *device) Read(b []byte) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.fail != nil {
		return 0, d.fail
	}
	if len(d.replies) == 0 {
		return 0, os.ErrDeadlineExceeded
	}
	n := copy(b, d.replies)
	d.replies = d.replies[n:]
	return n, nil
}

func (d *device) SetReadDeadline(t time.Time) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.deadline = t
	return nil
}

func (d *device) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.closed = true
	return nil
}

// plug is a printer socket: opens succeed while something is plugged in.
type plug struct {
	mu      sync.Mutex
	dev     *device
	opens   int
	refused int
}

func (p *plug) open() (io.ReadWriteCloser, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.dev == nil {
		p.refused++
		return nil, errors.New("no such device")
	}
	p.opens++
	return p.dev, nil
}

func (p *plug) plugIn() *device {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.dev = &device{}
	return p.dev
}

func (p *plug) unplug() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.dev != nil {
		p.dev.mu.Lock()
		p.dev.fail = errors.New("input/output error")
		p.dev.mu.Unlock()
	}
	p.dev = nil
}

type clock struct{ now time.Time }

func (c *clock) Now() time.Time          { return c.now }
func (c *clock) Advance(d time.Duration) { c.now = c.now.Add(d) }

func newConn(p *plug, c *clock) *printer.Conn {
	return printer.NewConn("test:printer", p.open, &printer.Options{MinBackoff: time.Second, MaxBackoff: 4 * time.Second, Now: c.Now})
}

func TestConnReopensAfterAFailure(t *testing.T) {
	var p plug
	c := &clock{now: time.Unix(0, 0)}
	conn := newConn(&p, c)
	first := p.plugIn()
	if _, err := conn.Write([]byte("ticket 1")); err != nil {
		t.Fatal(err)
	}
	p.unplug()
	if _, err := conn.Write([]byte("ticket 2")); err == nil || !strings.Contains(err.Error(), "printer test:printer: input/output error") {
		t.Fatalf("Write to an unplugged printer = %v", err)
	}
	if !first.closed {
		t.Error("the failed device was not closed")
	}
	second := p.plugIn()
	if _, err := conn.Write([]byte("ticket 3")); err != nil { // at once: no backoff after an I/O error
		t.Fatalf("Write after plugging back in: %v", err)
	}
	if first.written.String() != "ticket 1" || second.written.String() != "ticket 3" || p.opens != 2 {
		t.Errorf("wrote %q and %q in %d opens", first.written.String(), second.written.String(), p.opens)
	}
}

func TestConnBacksOff(t *testing.T) {
	var p plug
	c := &clock{now: time.Unix(0, 0)}
	conn := newConn(&p, c)
	try := func() error { _, err := conn.Write([]byte("x")); return err }
	// Opens fail; each failure doubles the wait, up to 4 s.
	for i, wait := range []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 4 * time.Second} {
		refused := p.refused
		if err := try(); err == nil || p.refused != refused+1 {
			t.Fatalf("try %d: %v, %d opens refused", i, err, p.refused)
		}
		c.Advance(wait - time.Millisecond)
		err := try()
		if err == nil || p.refused != refused+1 || !strings.Contains(err.Error(), "not connected, next try in 1ms: no such device") {
			t.Fatalf("try %d within the backoff: %v, %d opens", i, err, p.refused)
		}
		c.Advance(time.Millisecond)
	}
	p.plugIn()
	if err := try(); err != nil {
		t.Fatalf("after the backoff: %v", err)
	}
	// A success resets the backoff.
	p.unplug()
	try()
	if err := try(); err == nil || !strings.Contains(err.Error(), "no such device") || p.refused != 5 {
		t.Fatalf("reopen: %v, %d refused", err, p.refused)
	}
	c.Advance(time.Second)
	p.plugIn()
	if err := try(); err != nil {
		t.Fatalf("after a second: %v", err)
	}
}

func TestConnReads(t *testing.T) {
	var p plug
	conn := newConn(&p, &clock{now: time.Unix(0, 0)})
	dev := p.plugIn()
	deadline := time.Unix(100, 0)
	if err := conn.SetReadDeadline(deadline); err != nil { // before the device is open
		t.Fatal(err)
	}
	dev.replies = []byte{0x12}
	b := make([]byte, 4)
	if n, err := conn.Read(b); n != 1 || err != nil || b[0] != 0x12 {
		t.Fatalf("Read = %d, %v", n, err)
	}
	if dev.deadline != deadline {
		t.Errorf("the device's deadline is %v, want %v", dev.deadline, deadline)
	}
	// A timeout is no failure.
	if _, err := conn.Read(b); !errors.Is(err, os.ErrDeadlineExceeded) || dev.closed {
		t.Fatalf("Read with nothing to read = %v, device closed %v", err, dev.closed)
	}
	// A failure is.
	dev.fail = io.EOF
	if _, err := conn.Read(b); !errors.Is(err, io.EOF) || !dev.closed {
		t.Fatalf("Read on a closed line = %v, device closed %v", err, dev.closed)
	}
	next := p.plugIn()
	conn.Read(b)
	if next.deadline != deadline {
		t.Errorf("the reopened device's deadline is %v, want %v", next.deadline, deadline)
	}
}

func TestConnClose(t *testing.T) {
	var p plug
	conn := newConn(&p, &clock{now: time.Unix(0, 0)})
	dev := p.plugIn()
	if err := conn.Connect(); err != nil {
		t.Fatal(err)
	}
	if err := conn.Close(); err != nil || !dev.closed {
		t.Fatalf("Close = %v, device closed %v", err, dev.closed)
	}
	if _, err := conn.Write([]byte("x")); !errors.Is(err, printer.ErrClosed) {
		t.Errorf("Write after Close = %v", err)
	}
	if _, err := conn.Read(make([]byte, 1)); !errors.Is(err, printer.ErrClosed) {
		t.Errorf("Read after Close = %v", err)
	}
}
