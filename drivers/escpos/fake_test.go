package escpos_test

import (
	"bytes"
	"os"
	"sync"
	"time"

	"vuoro/drivers/escpos"
)

// fakePrinter is a printer at the byte level: it answers DLE EOT n from
// its status, sends ASB once GS a turns it on, and keeps everything else
// the host writes. Its reads obey SetReadDeadline.
type fakePrinter struct {
	mu       sync.Mutex
	status   escpos.Status
	silent   bool          // answers nothing
	delay    time.Duration // before each answer
	before   []byte        // sent ahead of each answer: noise, XON, XOFF
	asb      bool
	printed  bytes.Buffer // what the host wrote other than status requests
	written  bytes.Buffer // all the host wrote
	pending  []byte       // bytes the host has not read
	late     int          // delayed answers sent
	wake     chan struct{}
	deadline time.Time
}

func newFake(s escpos.Status) *fakePrinter {
	return &fakePrinter{status: s, wake: make(chan struct{})}
}

var ready = escpos.Status{Online: true}

func (f *fakePrinter) Write(b []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.written.Write(b)
	n := len(b)
	for len(b) > 0 {
		switch {
		case len(b) >= 3 && b[0] == 0x10 && b[1] == 0x04:
			f.answer([]byte{f.status.Realtime(int(b[2]))})
			b = b[3:]
		case len(b) >= 3 && b[0] == 0x1D && b[1] == 'a':
			f.asb = b[2] != 0
			if f.asb {
				m := f.status.ASB()
				f.answer(m[:])
			}
			b = b[3:]
		default:
			f.printed.WriteByte(b[0])
			b = b[1:]
		}
	}
	return n, nil
}

// answer queues a reply, after the delay.
func (f *fakePrinter) answer(reply []byte) {
	if f.silent {
		return
	}
	out := append(append([]byte(nil), f.before...), reply...)
	if f.delay > 0 {
		time.AfterFunc(f.delay, func() {
			f.send(out)
			f.mu.Lock()
			f.late++
			f.mu.Unlock()
		})
		return
	}
	f.pending = append(f.pending, out...)
	f.signal()
}

// send queues bytes as the printer sending them now.
func (f *fakePrinter) send(b []byte) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pending = append(f.pending, b...)
	f.signal()
}

func (f *fakePrinter) signal() {
	close(f.wake)
	f.wake = make(chan struct{})
}

// setStatus changes the printer's condition, sending ASB if it is on.
func (f *fakePrinter) setStatus(s escpos.Status) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.status = s
	if f.asb {
		m := s.ASB()
		f.pending = append(f.pending, m[:]...)
		f.signal()
	}
}

func (f *fakePrinter) Read(b []byte) (int, error) {
	for {
		f.mu.Lock()
		if len(f.pending) > 0 {
			n := copy(b, f.pending)
			f.pending = f.pending[n:]
			f.mu.Unlock()
			return n, nil
		}
		wake, deadline := f.wake, f.deadline
		f.mu.Unlock()
		var timeout <-chan time.Time
		if !deadline.IsZero() {
			left := time.Until(deadline)
			if left <= 0 {
				return 0, os.ErrDeadlineExceeded
			}
			t := time.NewTimer(left)
			defer t.Stop()
			timeout = t.C
		}
		select {
		case <-wake:
		case <-timeout:
			return 0, os.ErrDeadlineExceeded
		}
	}
}

func (f *fakePrinter) SetReadDeadline(t time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.deadline = t
	f.signal()
	return nil
}

func (f *fakePrinter) printedBytes() []byte {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]byte(nil), f.printed.Bytes()...)
}

func (f *fakePrinter) writtenBytes() []byte {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]byte(nil), f.written.Bytes()...)
}
