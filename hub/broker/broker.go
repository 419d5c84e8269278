// Package broker is the MQTT broker the hub embeds (mochi-mqtt), with an
// in-process client through which the hub publishes and subscribes without
// a network round trip. It is the only package that imports the broker.
package broker

import (
	"fmt"
	"log/slog"
	"math"
	"net"
	"sync"
	"time"

	mqtt "github.com/mochi-mqtt/server/v2"
	"github.com/mochi-mqtt/server/v2/listeners"
	"github.com/mochi-mqtt/server/v2/packets"
	"golang.org/x/time/rate"

	"vuoro/shared/wire"
)

// Broker is a running embedded broker.
type Broker struct {
	srv  *mqtt.Server
	ln   *limitListener
	auth *authHook
	mu   sync.Mutex
	next int // subscription ids
}

// Options configure a broker. Zero values take the defaults.
type Options struct {
	Addr string // "127.0.0.1:1883"; port 0 picks a free one
	Site string // the site whose topics devices may use; required
	// Auth names the devices that may connect; with none, no device may.
	Auth   Authenticator
	Logger *slog.Logger
	// MaxConnections is how many connections may be open at once,
	// connected or not; 1000.
	MaxConnections int
	// ConnectTimeout is how long a new connection has to send its
	// CONNECT; 10 s.
	ConnectTimeout time.Duration
	// Rate and Burst bound each device's publishes: 5 a second, bursts of 20.
	Rate  rate.Limit
	Burst int
}

func (o Options) withDefaults() Options {
	if o.Addr == "" {
		o.Addr = "127.0.0.1:1883"
	}
	if o.Auth == nil {
		o.Auth = nobody{}
	}
	if o.MaxConnections == 0 {
		o.MaxConnections = 1000
	}
	if o.ConnectTimeout == 0 {
		o.ConnectTimeout = 10 * time.Second
	}
	if o.Rate == 0 {
		o.Rate, o.Burst = 5, 20
	}
	return o
}

// nobody authenticates no device.
type nobody struct{}

func (nobody) Authenticate(string, string) (Identity, bool) { return Identity{}, false }

// Start listens and serves MQTT 3.1.1 and 5 until Close. Every client but
// the hub's own authenticates as an enrolled device (Options.Auth) and
// may then do only what its kind needs (Identity).
func Start(o Options) (*Broker, error) {
	o = o.withDefaults()
	tcp, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return nil, fmt.Errorf("broker: listen %s: %w", o.Addr, err)
	}
	ln := &limitListener{Listener: tcp, max: o.MaxConnections, timeout: o.ConnectTimeout}
	srv := mqtt.New(&mqtt.Options{InlineClient: true, Logger: o.Logger, Capabilities: capabilities(o)})
	hook := newAuthHook(o)
	if err := srv.AddHook(hook, nil); err != nil {
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
	return &Broker{srv: srv, ln: ln, auth: hook}, nil
}

// pendingWrites is how many messages may wait to be written to one
// client. mochi's default, 8192, reserves 64 KiB of channel per client: with
// thousands of devices that is most of the hub's memory. A display or kiosk
// needs a handful (its retained state, a burst of calls); for one that
// falls 128 messages behind the broker drops messages (counted in its
// MessagesDropped), and the next retained snapshot brings it level again.
const pendingWrites = 128

// maxPacket is the largest MQTT packet a client may send: the wire's
// largest payload and room for the fixed header, a topic and properties.
// mochi refuses a larger one from its fixed header, before reading it.
const maxPacket = wire.MaxPayload + 4<<10

func capabilities(o Options) *mqtt.Capabilities {
	c := mqtt.NewDefaultServerCapabilities()
	c.MaximumClientWritesPending = pendingWrites
	c.MaximumPacketSize = maxPacket
	c.MaximumClients = int64(o.MaxConnections)
	// Retained state never expires: mochi's default removes retained
	// messages a day after they were published, so a quiet day (no call
	// in a room for 24 h) would leave a counter display blank after a
	// reconnect. Zero would mean "no maximum" to the retained store but
	// "expire now" to the acknowledgements mochi builds, so the maximum is
	// set beyond any uptime (68 years) instead.
	c.MaximumMessageExpiryInterval = math.MaxInt32
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

// Disconnect disconnects every client of a device at once, as when it is
// revoked.
func (b *Broker) Disconnect(device string) {
	for _, cl := range b.auth.clientsOf(device) {
		b.srv.DisconnectClient(cl, packets.ErrNotAuthorized)
	}
}

// LastSeen returns when a device was last heard from since the broker
// started (zero if never), and whether it is connected now.
func (b *Broker) LastSeen(device string) (time.Time, bool) { return b.auth.lastSeen(device) }

// Close disconnects every client and stops listening.
func (b *Broker) Close() error {
	b.ln.settle()
	return b.srv.Close()
}
