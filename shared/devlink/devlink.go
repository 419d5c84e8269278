// Package devlink is a device's connection to the hub over MQTT: it keeps
// the connection up (reconnecting after a hub restart), renews its
// subscriptions on every reconnect, and announces the device's presence with
// a status and a last will that marks it offline (not retained: only the
// hub retains).
//
// Handlers run on the MQTT client's goroutine and must return quickly.
package devlink

import (
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"vuoro/shared/wire"
)

// Options configure a Link. Zero values take the defaults.
type Options struct {
	Broker string // "tcp://127.0.0.1:1883" (default); "ssl://hub:8883" for TLS
	Site   string // site id, required
	Device string // device id, required
	Kind   string // "kiosk", "queue-display", "counter-display"
	// Username and Password are the device's credentials from its
	// enrolment (shared/devcred); the hub's broker refuses a device
	// without them.
	Username string
	Password string
	// CA is the hub's MQTT CA certificate (PEM) from the enrolment: with
	// it the link trusts that CA alone, and the broker URL must be TLS
	// (ssl://, tls://, mqtts://).
	CA     string
	Logger *slog.Logger
	Now    func() time.Time // clock; time.Now by default
	// Version is the device's software version, reported in its status.
	Version string
	// StatusEvery is how often the device's status is published again
	// while connected, so the hub sees its uptime and health move; 60 s.
	StatusEvery time.Duration
}

// Link is a device's MQTT session with the hub.
type Link struct {
	opts   Options
	client mqtt.Client

	mu     sync.Mutex
	subs   map[string]func([]byte)
	health wire.Health // what the device last said of itself
	start  time.Time
	stop   chan struct{}
	done   chan struct{}
}

// ErrNotConnected is returned by Publish while the hub cannot be reached.
var ErrNotConnected = errors.New("devlink: not connected to the hub")

// Open starts connecting in the background and returns at once; the link
// keeps trying until Close, so a device starts even while the hub is down.
func Open(o Options) (*Link, error) {
	if !wire.ValidID(o.Site) || !wire.ValidID(o.Device) {
		return nil, fmt.Errorf("devlink: invalid site %q or device %q", o.Site, o.Device)
	}
	o = o.withDefaults()
	l := &Link{opts: o, subs: map[string]func([]byte){}, start: o.Now(), stop: make(chan struct{}), done: make(chan struct{})}
	will, err := l.status(false)
	if err != nil {
		return nil, err
	}
	co := mqtt.NewClientOptions().
		AddBroker(o.Broker).
		SetClientID(o.Site+"-"+o.Device).
		SetUsername(o.Username).
		SetPassword(o.Password).
		SetCleanSession(true).
		SetStore(NewStore()).
		// paho waits 30 s for a CONNECT's answer by default: a hub that
		// accepts the connection but hangs (or a broker half-way through
		// stopping) would keep the device from its next try that long.
		SetConnectTimeout(5*time.Second).
		SetWriteTimeout(5*time.Second).
		SetAutoReconnect(true).
		SetConnectRetry(true).
		SetConnectRetryInterval(time.Second).
		// At most a second between tries: the hub is on the building's
		// network, and a display must show the hub's state within 2 s of
		// its return (a hundred devices trying once a second cost nothing).
		SetMaxReconnectInterval(time.Second).
		SetBinaryWill(l.statusTopic(), will, 1, false).
		SetOnConnectHandler(l.onConnect).
		SetConnectionLostHandler(func(_ mqtt.Client, err error) {
			o.Logger.Warn("hub connection lost", "err", err)
		})
	if err := withTLS(co, o); err != nil {
		return nil, err
	}
	l.client = mqtt.NewClient(co)
	l.client.Connect() // with ConnectRetry the token completes only once connected
	go l.repeat()
	return l, nil
}

func (o Options) withDefaults() Options {
	if o.Broker == "" {
		o.Broker = "tcp://127.0.0.1:1883"
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.StatusEvery <= 0 {
		o.StatusEvery = time.Minute
	}
	return o
}

// Site returns the site id the link serves.
func (l *Link) Site() string { return l.opts.Site }

// Device returns the device id.
func (l *Link) Device() string { return l.opts.Device }

// Now returns the link's clock reading.
func (l *Link) Now() time.Time { return l.opts.Now() }

// Connected reports whether the hub's broker is reachable now.
func (l *Link) Connected() bool { return l.client.IsConnectionOpen() }

func (l *Link) statusTopic() string {
	return wire.Topic{Kind: wire.KindDevice, Site: l.opts.Site, ID: l.opts.Device}.String()
}

func (l *Link) status(online bool) ([]byte, error) {
	l.mu.Lock()
	h := l.health
	l.mu.Unlock()
	h.Version = l.opts.Version
	h.Uptime = int64(l.opts.Now().Sub(l.start) / time.Second)
	return wire.Encode(&wire.DeviceStatus{Header: wire.NewHeader(l.opts.Now()),
		Device: l.opts.Device, Kind: l.opts.Kind, Online: online, Health: h})
}

// onConnect renews the subscriptions and only then says the device is
// online, so whatever answers "online" reaches a device that listens.
func (l *Link) onConnect(c mqtt.Client) {
	l.opts.Logger.Info("connected to hub", "broker", l.opts.Broker)
	l.mu.Lock()
	for topic, h := range l.subs {
		c.Subscribe(topic, 1, wrap(h))
	}
	l.mu.Unlock()
	if b, err := l.status(true); err == nil {
		c.Publish(l.statusTopic(), 1, false, b)
	}
}

func wrap(h func([]byte)) mqtt.MessageHandler {
	return func(_ mqtt.Client, m mqtt.Message) { h(m.Payload()) }
}

// Subscribe calls h with every payload on topic (a filter may hold '+'),
// now and after every reconnect. Retained messages arrive first.
func (l *Link) Subscribe(topic string, h func(payload []byte)) {
	l.mu.Lock()
	l.subs[topic] = h
	l.mu.Unlock()
	if l.client.IsConnectionOpen() {
		l.client.Subscribe(topic, 1, wrap(h))
	}
}

// Publish sends m on topic at QoS 1. It fails fast while disconnected:
// the caller decides whether to retry.
func (l *Link) Publish(topic string, m wire.Message, retain bool) error {
	b, err := wire.Encode(m)
	if err != nil {
		return err
	}
	if !l.client.IsConnectionOpen() {
		return ErrNotConnected
	}
	tok := l.client.Publish(topic, 1, retain, b)
	if !tok.WaitTimeout(5 * time.Second) {
		return fmt.Errorf("devlink: publish %s: timed out", topic)
	}
	if err := tok.Error(); err != nil {
		return fmt.Errorf("devlink: publish %s: %w", topic, err)
	}
	return nil
}

// Close announces the device offline and disconnects.
func (l *Link) Close() {
	close(l.stop)
	<-l.done
	if b, err := l.status(false); err == nil && l.client.IsConnectionOpen() {
		l.client.Publish(l.statusTopic(), 1, false, b).WaitTimeout(time.Second)
	}
	l.client.Disconnect(250)
}
