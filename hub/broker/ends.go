package broker

import (
	"crypto/tls"
	"errors"
	"net"
	"os"

	"github.com/mochi-mqtt/server/v2/listeners"
	"github.com/mochi-mqtt/server/v2/packets"
)

// countingNet counts the connections that end for what the hooks do not
// see: a packet too large (a CONNECT's too, read before any hook), no
// CONNECT before the deadline, the broker full.
type countingNet struct {
	*listeners.Net
	count *counts
}

func (l countingNet) Serve(establish listeners.EstablishFn) {
	l.Net.Serve(func(id string, c net.Conn) error {
		err := establish(id, c)
		if why := endReason(c, err); why != "" {
			l.count.reject(why)
		}
		return err
	})
}

// endReason is the reject a connection's end stands for, if any.
func endReason(c net.Conn, err error) Reason {
	switch {
	case errors.Is(err, packets.ErrPacketTooLarge):
		return RejectTooLarge
	case errors.Is(err, packets.ErrServerBusy):
		return RejectConnections
	case errors.Is(err, os.ErrDeadlineExceeded) && !connected(c):
		return RejectConnectTimeout
	}
	return ""
}

// connected reports whether the broker read c's CONNECT.
func connected(c net.Conn) bool {
	if t, ok := c.(*tls.Conn); ok {
		c = t.NetConn()
	}
	lc, ok := c.(*limitConn)
	return ok && lc.connected.Load()
}
