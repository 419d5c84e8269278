package broker

import (
	"errors"
	"sync"
	"sync/atomic"
)

// Reason is why the broker refused a connection or a packet: the label
// of the hub's rejects metric. A client is told only "not authorized".
type Reason string

// The reasons, in the order Stats lists them.
const (
	RejectNoCredentials  Reason = "no-credentials"       // a CONNECT without a user name and password
	RejectUnknownDevice  Reason = "unknown-device"       // ErrUnknownDevice
	RejectRevoked        Reason = "revoked"              // ErrRevoked
	RejectBadPassword    Reason = "bad-password"         // ErrBadPassword
	RejectClientID       Reason = "client-id"            // another device's client id
	RejectWill           Reason = "will"                 // a will retained or on a topic the device may not publish
	RejectACLPublish     Reason = "acl-publish"          // a publish on a topic the device may not publish
	RejectACLSubscribe   Reason = "acl-subscribe"        // a subscription the device may not make
	RejectRetained       Reason = "retained"             // a retained publish from a device
	RejectRate           Reason = "rate"                 // a publish past the device's rate
	RejectTooLarge       Reason = "packet-too-big"       // a packet larger than the wire allows
	RejectConnectTimeout Reason = "connect-timeout"      // no CONNECT within Options.ConnectTimeout
	RejectConnections    Reason = "too-many-connections" // past Options.MaxConnections
)

var reasons = []Reason{RejectNoCredentials, RejectUnknownDevice, RejectRevoked, RejectBadPassword, RejectClientID,
	RejectWill, RejectACLPublish, RejectACLSubscribe, RejectRetained, RejectRate, RejectTooLarge,
	RejectConnectTimeout, RejectConnections}

// authReason is the reason an Authenticator's error stands for.
func authReason(err error) Reason {
	switch {
	case errors.Is(err, ErrRevoked):
		return RejectRevoked
	case errors.Is(err, ErrBadPassword):
		return RejectBadPassword
	}
	return RejectUnknownDevice
}

// Stats are the broker's counts since it started.
type Stats struct {
	// In counts the messages devices published that the broker took;
	// Out the messages it sent to devices. The hub's own inline client
	// is in neither.
	In, Out uint64
	// Rejects counts refusals by reason; every reason is present.
	Rejects map[Reason]uint64
}

// counts keeps the broker's Stats.
type counts struct {
	in, out atomic.Uint64
	mu      sync.Mutex
	rejects map[Reason]uint64
}

func (c *counts) reject(r Reason) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.rejects == nil {
		c.rejects = map[Reason]uint64{}
	}
	c.rejects[r]++
}

func (c *counts) stats() Stats {
	s := Stats{In: c.in.Load(), Out: c.out.Load(), Rejects: map[Reason]uint64{}}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, r := range reasons {
		s.Rejects[r] = c.rejects[r]
	}
	return s
}

// Stats returns the broker's counts since it started.
func (b *Broker) Stats() Stats { return b.counts.stats() }
