package broker

import (
	"net"
	"sync"
	"time"
)

// limitListener caps the connections open at once and gives each a
// deadline for its CONNECT: mochi reads the first packet with no deadline,
// and counts its clients only once they have connected. The broker
// replaces the deadline with the client's keepalive once it connects.
type limitListener struct {
	net.Listener
	max     int
	timeout time.Duration

	mu   sync.Mutex
	open int
}

func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		if !l.take() {
			c.Close()
			continue
		}
		c.SetDeadline(time.Now().Add(l.timeout))
		return &limitConn{Conn: c, l: l}, nil
	}
}

func (l *limitListener) take() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.open >= l.max {
		return false
	}
	l.open++
	return true
}

func (l *limitListener) release() {
	l.mu.Lock()
	l.open--
	l.mu.Unlock()
}

// limitConn gives its place back once, when closed.
type limitConn struct {
	net.Conn
	l    *limitListener
	once sync.Once
}

func (c *limitConn) Close() error {
	c.once.Do(c.l.release)
	return c.Conn.Close()
}

// settle orders what the broker's goroutines did for connections already
// closed before what Close does next: mochi's Close writes state that its
// goroutine for each accepted connection read, with no lock between them.
func (l *limitListener) settle() {
	l.mu.Lock()
	l.mu.Unlock()
}
