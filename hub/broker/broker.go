// Package broker is the MQTT broker the hub embeds (mochi-mqtt), with an
// in-process client through which the hub publishes and subscribes without
// a network round trip. It is the only package that imports the broker.
package broker

import (
	"fmt"
	"log/slog"
	"net"
	"sync"

	mqtt "github.com/mochi-mqtt/server/v2"
	"github.com/mochi-mqtt/server/v2/hooks/auth"
	"github.com/mochi-mqtt/server/v2/listeners"
	"github.com/mochi-mqtt/server/v2/packets"
)

// Broker is a running embedded broker.
type Broker struct {
	srv  *mqtt.Server
	ln   net.Listener
	mu   sync.Mutex
	next int // subscription ids
}

// Start listens on addr ("127.0.0.1:1883"; port 0 picks a free one) and
// serves MQTT 3.1.1 and 5 until Close.
//
// Any client may connect: the embedded broker is meant for one building's
// closed network, bound to loopback by default.
func Start(addr string, log *slog.Logger) (*Broker, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("broker: listen %s: %w", addr, err)
	}
	srv := mqtt.New(&mqtt.Options{InlineClient: true, Logger: log, Capabilities: capabilities()})
	if err := srv.AddHook(new(auth.AllowHook), nil); err != nil {
		ln.Close()
		return nil, fmt.Errorf("broker: %w", err)
	}
	if err := srv.AddListener(listeners.NewNet("tcp", ln)); err != nil {
		ln.Close()
		return nil, fmt.Errorf("broker: %w", err)
	}
	if err := srv.Serve(); err != nil {
		ln.Close()
		return nil, fmt.Errorf("broker: serve: %w", err)
	}
	return &Broker{srv: srv, ln: ln}, nil
}

// pendingWrites is how many messages may wait to be written to one
// client. mochi's default, 8192, reserves 64 KiB of channel per client: with
// thousands of devices that is most of the hub's memory. A display or kiosk
// needs a handful (its retained state, a burst of calls); for one that
// falls 128 messages behind the broker drops messages (counted in its
// MessagesDropped), and the next retained snapshot brings it level again.
const pendingWrites = 128

func capabilities() *mqtt.Capabilities {
	c := mqtt.NewDefaultServerCapabilities()
	c.MaximumClientWritesPending = pendingWrites
	return c
}

// Addr is the address the broker listens on.
func (b *Broker) Addr() string { return b.ln.Addr().String() }

// Publish delivers payload on topic at QoS 1 to every subscriber, and keeps
// it for later subscribers when retain is set.
func (b *Broker) Publish(topic string, payload []byte, retain bool) error {
	if err := b.srv.Publish(topic, payload, retain, 1); err != nil {
		return fmt.Errorf("broker: publish %s: %w", topic, err)
	}
	return nil
}

// Subscribe calls h with every message published on filter by any client.
// h runs on the publishing client's goroutine and must not block.
func (b *Broker) Subscribe(filter string, h func(topic string, payload []byte)) error {
	b.mu.Lock()
	b.next++
	id := b.next
	b.mu.Unlock()
	err := b.srv.Subscribe(filter, id, func(_ *mqtt.Client, _ packets.Subscription, pk packets.Packet) {
		h(pk.TopicName, pk.Payload)
	})
	if err != nil {
		return fmt.Errorf("broker: subscribe %s: %w", filter, err)
	}
	return nil
}

// Close disconnects every client and stops listening.
func (b *Broker) Close() error { return b.srv.Close() }
