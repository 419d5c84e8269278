package broker

import (
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// limitListener caps the connections open at once and gives each a
// deadline for its CONNECT: mochi reads the first packet with no deadline,
// and counts its clients only once they have connected. The broker
// replaces the deadline with the client's keepalive once it connects.
type limitListener struct {
	net.Listener
	*limit
	timeout time.Duration
	count   *counts
}

// limit counts the connections open on every listener of a broker.
type limit struct {
	max int

	mu   sync.Mutex
	open int
	// fresh counts connections accepted whose broker goroutine has not
	// yet read from them nor closed them.
	fresh int
}

func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		if !l.take() {
			l.count.reject(RejectConnections)
			c.Close()
			continue
		}
		c.SetDeadline(time.Now().Add(l.timeout))
		return &limitConn{Conn: c, l: l.limit}, nil
	}
}

func (l *limit) take() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.open >= l.max {
		return false
	}
	l.open++
	l.fresh++
	return true
}

func (l *limit) release() {
	l.mu.Lock()
	l.open--
	l.mu.Unlock()
}

// started notes that the broker's goroutine for a connection has begun
// with it.
func (l *limit) started() {
	l.mu.Lock()
	l.fresh--
	l.mu.Unlock()
}

// limitConn gives its place back once, when closed.
type limitConn struct {
	net.Conn
	l     *limit
	once  sync.Once
	begun sync.Once
	// connected is set when the broker replaces the CONNECT deadline,
	// which it does once it has read the CONNECT.
	connected atomic.Bool
}

func (c *limitConn) SetDeadline(t time.Time) error {
	c.connected.Store(true)
	return c.Conn.SetDeadline(t)
}

func (c *limitConn) Read(b []byte) (int, error) {
	c.begun.Do(c.l.started)
	return c.Conn.Read(b)
}

func (c *limitConn) Close() error {
	c.begun.Do(c.l.started)
	c.once.Do(c.l.release)
	return c.Conn.Close()
}

// settle orders what the broker's goroutines did for connections already
// accepted before what Close does next: mochi's Close writes state that its
// goroutine for each accepted connection reads first, with no lock between
// them. It waits (at most a second) until each goroutine has begun reading
// its connection or closed it.
func (l *limit) settle() {
	for deadline := time.Now().Add(time.Second); ; time.Sleep(5 * time.Millisecond) {
		l.mu.Lock()
		fresh := l.fresh
		l.mu.Unlock()
		if fresh <= 0 || time.Now().After(deadline) {
			return
		}
	}
}
