package escpostest

import (
	"io"
	"os"
	"sync"
	"time"

	"vuoro/drivers/escpos"
)

// session is one host's line to a Virtual: the commands it has half sent
// and the replies it has not read.
type session struct {
	v   *Virtual
	dec *decoder // guarded by v.mu

	mu       sync.Mutex
	out      []byte        // replies not yet read
	wake     chan struct{} // closed and replaced when out, deadline or closed change
	deadline time.Time
	asbOn    bool
	closed   bool
}

// open starts a session with v.
func (v *Virtual) open() *session {
	s := &session{v: v, dec: newDecoder(), wake: make(chan struct{})}
	s.dec.host = s
	v.mu.Lock()
	v.sessions[s] = struct{}{}
	v.mu.Unlock()
	return s
}

// Write prints b; see Virtual.Write.
func (s *session) Write(b []byte) (int, error) {
	return len(b), s.v.write(s, b)
}

// realtime queues the reply to DLE EOT n; v.mu is held.
func (s *session) realtime(n byte) {
	s.send(s.v.status().Realtime(int(n)))
}

// asb turns Automatic Status Back on or off, as GS a n asks, and sends
// the status at once when it turns it on; v.mu is held.
func (s *session) asb(n byte) {
	s.mu.Lock()
	s.asbOn = n&0x0F != 0
	on := s.asbOn
	s.mu.Unlock()
	if on {
		m := s.v.status().ASB()
		s.send(m[:]...)
	}
}

// statusChanged sends ASB if it is on; v.mu is held.
func (s *session) statusChanged(now escpos.Status) {
	s.mu.Lock()
	on := s.asbOn
	s.mu.Unlock()
	if on {
		m := now.ASB()
		s.send(m[:]...)
	}
}

// send queues bytes for the host.
func (s *session) send(b ...byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.out = append(s.out, b...)
	s.signal()
}

func (s *session) signal() {
	close(s.wake)
	s.wake = make(chan struct{})
}

// Read returns replies, waiting for one until the deadline. A closed
// session reads io.EOF.
func (s *session) Read(b []byte) (int, error) {
	for {
		s.mu.Lock()
		if len(s.out) > 0 {
			n := copy(b, s.out)
			s.out = s.out[n:]
			s.mu.Unlock()
			return n, nil
		}
		wake, deadline, closed := s.wake, s.deadline, s.closed
		s.mu.Unlock()
		if closed {
			return 0, io.EOF
		}
		if err := wait(wake, deadline); err != nil {
			return 0, err
		}
	}
}

// wait waits until wake is closed, or returns os.ErrDeadlineExceeded at
// the deadline.
func wait(wake <-chan struct{}, deadline time.Time) error {
	if deadline.IsZero() {
		<-wake
		return nil
	}
	left := time.Until(deadline)
	if left <= 0 {
		return os.ErrDeadlineExceeded
	}
	t := time.NewTimer(left)
	defer t.Stop()
	select {
	case <-wake:
		return nil
	case <-t.C:
		return os.ErrDeadlineExceeded
	}
}

// SetReadDeadline bounds Read, waking one waiting.
func (s *session) SetReadDeadline(t time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.deadline = t
	s.signal()
	return nil
}

// close ends the session: Read returns io.EOF once the replies are read.
func (s *session) close() {
	s.v.mu.Lock()
	delete(s.v.sessions, s)
	s.v.mu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	s.signal()
}
