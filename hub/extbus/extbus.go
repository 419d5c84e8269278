// Package extbus connects the hub to an external MQTT broker (Mosquitto, or
// any MQTT 3.1.1 broker) for installations that outgrow the embedded one.
// It offers the same Publish and Subscribe as the embedded broker, so the
// device bridge works over either.
package extbus

import (
	"fmt"
	"log/slog"
	"sync"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

// Options configure the connection.
type Options struct {
	URL      string // "tcp://broker.vuoro.lan:1883"
	ClientID string // "vuoro-hub-lahti"
	Username string
	Password string
	Logger   *slog.Logger
	// OnConnect runs after every connection, the first and each
	// reconnect, once the subscriptions are renewed: the hub republishes
	// its retained state, which a restarted broker may have lost.
	OnConnect func()
}

// Bus is a live connection to an external broker.
type Bus struct {
	c    mqtt.Client
	log  *slog.Logger
	mu   sync.Mutex
	subs map[string]mqtt.MessageHandler
}

// Dial connects, waiting up to timeout for the first connection; later
// connection losses are repaired in the background, subscriptions renewed.
func Dial(o Options, timeout time.Duration) (*Bus, error) {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	b := &Bus{log: o.Logger, subs: map[string]mqtt.MessageHandler{}}
	co := mqtt.NewClientOptions().AddBroker(o.URL).SetClientID(o.ClientID).
		SetUsername(o.Username).SetPassword(o.Password).
		SetCleanSession(true).SetAutoReconnect(true).SetMaxReconnectInterval(5 * time.Second).
		SetOrderMatters(true).
		SetOnConnectHandler(func(c mqtt.Client) {
			b.resubscribe(c)
			if o.OnConnect != nil {
				go o.OnConnect()
			}
		}).
		SetConnectionLostHandler(func(_ mqtt.Client, err error) { o.Logger.Warn("external broker lost", "err", err) })
	b.c = mqtt.NewClient(co)
	tok := b.c.Connect()
	if !tok.WaitTimeout(timeout) {
		b.c.Disconnect(0)
		return nil, fmt.Errorf("extbus: connect %s: timed out", o.URL)
	}
	if err := tok.Error(); err != nil {
		return nil, fmt.Errorf("extbus: connect %s: %w", o.URL, err)
	}
	return b, nil
}

func (b *Bus) resubscribe(c mqtt.Client) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for f, h := range b.subs {
		c.Subscribe(f, 1, h)
	}
}

// Publish sends payload at QoS 1 and waits for the broker's acknowledgement.
func (b *Bus) Publish(topic string, payload []byte, retain bool) error {
	tok := b.c.Publish(topic, 1, retain, payload)
	if !tok.WaitTimeout(5 * time.Second) {
		return fmt.Errorf("extbus: publish %s: timed out", topic)
	}
	if err := tok.Error(); err != nil {
		return fmt.Errorf("extbus: publish %s: %w", topic, err)
	}
	return nil
}

// Subscribe calls h with every message on filter, now and after reconnects.
func (b *Bus) Subscribe(filter string, h func(topic string, payload []byte)) error {
	mh := func(_ mqtt.Client, m mqtt.Message) { h(m.Topic(), m.Payload()) }
	b.mu.Lock()
	b.subs[filter] = mh
	b.mu.Unlock()
	tok := b.c.Subscribe(filter, 1, mh)
	if !tok.WaitTimeout(5*time.Second) || tok.Error() != nil {
		return fmt.Errorf("extbus: subscribe %s: %v", filter, tok.Error())
	}
	return nil
}

// Close disconnects.
func (b *Bus) Close() error {
	b.c.Disconnect(250)
	return nil
}
