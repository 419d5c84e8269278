// Package broker is the MQTT broker the hub embeds (mochi-mqtt), with an
// in-process client through which the hub publishes and subscribes without
// a network round trip. It is the only package that imports the broker.
package broker

import (
	"crypto/tls"
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
	srv    *mqtt.Server
	lim    *limit
	counts counts
	addr   net.Addr // the main listener's: TLS when Options.TLS is set
	plain  net.Addr // the plain listener's beside a TLS one, if asked for
	auth   *authHook
	mu     sync.Mutex
	next   int // subscription ids
}

// Options configure a broker. Zero values take the defaults.
type Options struct {
	Addr string // "127.0.0.1:1883"; port 0 picks a free one
	// TLS, when set, makes the listener on Addr speak MQTT over TLS only
	// (the hub's -tls); PlainAddr then adds a plain listener, off unless
	// asked for.
	TLS       *tls.Config
	PlainAddr string
	Site      string // the site whose topics devices may use; required
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

func (nobody) Authenticate(string, string) (Identity, error) { return Identity{}, ErrUnknownDevice }

// Start listens and serves MQTT 3.1.1 and 5 until Close. Every client but
// the hub's own authenticates as an enrolled device (Options.Auth) and
// may then do only what its kind needs (Identity).
func Start(o Options) (*Broker, error) {
	o = o.withDefaults()
	b := &Broker{lim: &limit{max: o.MaxConnections}}
	b.srv = mqtt.New(&mqtt.Options{InlineClient: true, Logger: o.Logger, Capabilities: capabilities(o)})
	b.auth = newAuthHook(o, &b.counts)
	err := b.srv.AddHook(b.auth, nil)
	if err == nil {
		err = b.srv.AddHook(&statsHook{count: &b.counts}, nil)
	}
	if err == nil {
		b.addr, err = b.listen("mqtt", o.Addr, o.TLS, o.ConnectTimeout)
	}
	if err == nil && o.TLS != nil && o.PlainAddr != "" {
		b.plain, err = b.listen("mqtt-plain", o.PlainAddr, nil, o.ConnectTimeout)
	}
	if err == nil {
		err = b.srv.Serve()
	}
	if err != nil {
		b.srv.Close()
		return nil, fmt.Errorf("broker: %w", err)
	}
	return b, nil
}

// listen adds a listener on addr, speaking TLS when cfg is set, under the
// broker's connection cap and CONNECT deadline. The deadline covers the
// TLS handshake too: it is set on the connection before the handshake.
func (b *Broker) listen(id, addr string, cfg *tls.Config, timeout time.Duration) (net.Addr, error) {
	tcp, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen %s: %w", addr, err)
	}
	var ln net.Listener = &limitListener{Listener: tcp, limit: b.lim, timeout: timeout, count: &b.counts}
	if cfg != nil {
		ln = tls.NewListener(ln, cfg)
	}
	if err := b.srv.AddListener(countingNet{listeners.NewNet(id, ln), &b.counts}); err != nil {
		tcp.Close()
		return nil, err
	}
	return tcp.Addr(), nil
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

// Addr is the address the broker listens on (over TLS when
// Options.TLS is set).
func (b *Broker) Addr() string { return b.addr.String() }

// PlainAddr is the address of the plain listener beside a TLS one, or ""
// when there is none.
func (b *Broker) PlainAddr() string {
	if b.plain == nil {
		return ""
	}
	return b.plain.String()
}

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
	b.lim.settle()
	return b.srv.Close()
}
