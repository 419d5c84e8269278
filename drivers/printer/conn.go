package printer

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// Options configure a Conn; nil and zero fields take the defaults.
type Options struct {
	MinBackoff   time.Duration    // wait after the first failed open; default 500 ms
	MaxBackoff   time.Duration    // the longest wait between opens; default 10 s
	DialTimeout  time.Duration    // for TCP; default 5 s
	WriteTimeout time.Duration    // bounds a write where the device allows (TCP, USB); default 10 s
	Now          func() time.Time // the clock of the backoff; default time.Now
}

// The defaults of Options.
const (
	DefaultMinBackoff   = 500 * time.Millisecond
	DefaultMaxBackoff   = 10 * time.Second
	DefaultDialTimeout  = 5 * time.Second
	DefaultWriteTimeout = 10 * time.Second
)

func (o *Options) withDefaults() Options {
	var c Options
	if o != nil {
		c = *o
	}
	if c.MinBackoff <= 0 {
		c.MinBackoff = DefaultMinBackoff
	}
	if c.MaxBackoff < c.MinBackoff {
		c.MaxBackoff = max(DefaultMaxBackoff, c.MinBackoff)
	}
	if c.DialTimeout <= 0 {
		c.DialTimeout = DefaultDialTimeout
	}
	if c.WriteTimeout <= 0 {
		c.WriteTimeout = DefaultWriteTimeout
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// Opener opens a connection to a printer.
type Opener func() (io.ReadWriteCloser, error)

// Conn is a connection to a printer that opens the device when it is
// used, and after a failed read or write closes it and opens it anew at
// the next use. Reads obey SetReadDeadline, or on a serial port return
// within its read timeout. It is safe for concurrent use.
type Conn struct {
	name string
	open Opener
	o    Options

	mu       sync.Mutex
	rwc      io.ReadWriteCloser // nil while closed
	deadline time.Time          // for reads
	backoff  time.Duration      // after the last failed open
	retryAt  time.Time
	lastErr  error // of the last failed open
	closed   bool
}

// Open returns a connection to the printer spec names, which it opens at
// the first read or write. The kind Virtual is not for this package: it
// is an error, as is a spec ParseSpec would not return.
func Open(spec Spec, o *Options) (*Conn, error) {
	opts := o.withDefaults()
	var open Opener
	switch {
	case spec.Kind == Serial && spec.Path != "" && spec.Baud > 0:
		open = func() (io.ReadWriteCloser, error) { return OpenSerial(spec.Path, spec.Baud) }
	case spec.Kind == USB && spec.Path != "":
		open = func() (io.ReadWriteCloser, error) { return OpenUSB(spec.Path) }
	case spec.Kind == TCP && spec.Addr != "":
		open = func() (io.ReadWriteCloser, error) { return DialTCP(spec.Addr, opts.DialTimeout) }
	case spec.Kind == Virtual:
		return nil, fmt.Errorf("printer %v: a virtual printer is opened with escpostest.NewVirtual", spec)
	default:
		return nil, fmt.Errorf("printer %+v: not a printer spec", spec)
	}
	return NewConn(spec.String(), open, &opts), nil
}

// NewConn returns a connection that opens the device with open; name
// tells it in errors.
func NewConn(name string, open Opener, o *Options) *Conn {
	return &Conn{name: name, open: open, o: o.withDefaults()}
}

// Connect opens the device now if it is not open, so that a missing
// printer is told at start; the Conn works all the same if it fails.
func (c *Conn) Connect() error {
	_, err := c.get()
	return err
}

// Write writes b to the printer, opening it if need be. On failure the
// device is closed, to be opened again at the next use.
func (c *Conn) Write(b []byte) (int, error) {
	rwc, err := c.get()
	if err != nil {
		return 0, err
	}
	if d, ok := rwc.(interface{ SetWriteDeadline(time.Time) error }); ok {
		d.SetWriteDeadline(time.Now().Add(c.o.WriteTimeout))
	}
	n, err := rwc.Write(b)
	if err != nil {
		c.drop(rwc)
		return n, fmt.Errorf("printer %s: %w", c.name, err)
	}
	return n, nil
}

// Read reads what the printer sent, opening it if need be. A read that
// times out returns an error matching os.ErrDeadlineExceeded, or on a
// serial port nothing; another failure closes the device, to be opened
// again at the next use.
func (c *Conn) Read(b []byte) (int, error) {
	rwc, err := c.get()
	if err != nil {
		return 0, err
	}
	if err := c.applyDeadline(rwc); err != nil {
		return 0, fmt.Errorf("printer %s: %w", c.name, err)
	}
	n, err := rwc.Read(b)
	if err != nil && !isTimeout(err) {
		c.drop(rwc)
		return n, fmt.Errorf("printer %s: %w", c.name, err)
	}
	return n, err
}

// SetReadDeadline bounds the reads from now on, of this device and of
// the devices opened after it.
func (c *Conn) SetReadDeadline(t time.Time) error {
	c.mu.Lock()
	c.deadline = t
	rwc := c.rwc
	c.mu.Unlock()
	if rwc == nil {
		return nil
	}
	return c.applyDeadline(rwc)
}

// applyDeadline sets the read deadline on the device, if it takes one.
// A device whose reads cannot time out is os.ErrNoDeadline.
func (c *Conn) applyDeadline(rwc io.ReadWriteCloser) error {
	d, ok := rwc.(interface{ SetReadDeadline(time.Time) error })
	if !ok {
		return nil // a serial port: its reads time out by themselves
	}
	c.mu.Lock()
	t := c.deadline
	c.mu.Unlock()
	return d.SetReadDeadline(t)
}

// Close closes the device; the Conn is not used again.
func (c *Conn) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed = true
	if c.rwc == nil {
		return nil
	}
	err := c.rwc.Close()
	c.rwc = nil
	return err
}

// get returns the open device, opening it if the backoff allows.
func (c *Conn) get() (io.ReadWriteCloser, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.closed:
		return nil, ErrClosed
	case c.rwc != nil:
		return c.rwc, nil
	}
	now := c.o.Now()
	if now.Before(c.retryAt) {
		return nil, fmt.Errorf("printer %s: not connected, next try in %v: %w", c.name, c.retryAt.Sub(now).Round(time.Millisecond), c.lastErr)
	}
	rwc, err := c.open()
	if err != nil {
		c.backoff = min(max(2*c.backoff, c.o.MinBackoff), c.o.MaxBackoff)
		c.retryAt, c.lastErr = now.Add(c.backoff), err
		return nil, fmt.Errorf("printer %s: %w", c.name, err)
	}
	c.rwc, c.backoff, c.lastErr = rwc, 0, nil
	return rwc, nil
}

// drop closes rwc after it failed, if it is still the open device.
func (c *Conn) drop(rwc io.ReadWriteCloser) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.rwc == rwc {
		c.rwc = nil
		rwc.Close()
	}
}

// isTimeout reports whether err is a read that timed out, or a device
// whose reads cannot time out: neither means the device is gone.
func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.Is(err, os.ErrDeadlineExceeded) || errors.Is(err, os.ErrNoDeadline) || errors.As(err, &t) && t.Timeout()
}
