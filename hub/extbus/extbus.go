// Package extbus connects the hub to an external MQTT broker (Mosquitto, or
// any MQTT 3.1.1 broker) for installations that outgrow the embedded one.
// It offers the same Publish and Subscribe as the embedded broker, so the
// device bridge works over either.
package extbus

import (
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"vuoro/shared/devlink"
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
	// DeviceTopic, if set, names the topics devices publish on. A broker
	// cannot refuse a device's retained message as the embedded one does,
	// so a retained or empty message on such a topic is never handed on,
	// and a retained one is cleared: only the hub's state is retained.
	// Only the hub may read device topics, and a broker hands on a live
	// message unflagged, so the hub subscribes to its device topics again
	// every SweepEvery (10 s), which makes the broker send it what it
	// retained there.
	DeviceTopic func(topic string) bool
	SweepEvery  time.Duration
}

// Bus is a live connection to an external broker.
type Bus struct {
	c      mqtt.Client
	log    *slog.Logger
	device func(topic string) bool
	mu     sync.Mutex
	subs   map[string]mqtt.MessageHandler
	stop   chan struct{}
	done   sync.WaitGroup
	in     atomic.Uint64 // messages handed to the hub's handlers
	out    atomic.Uint64 // messages the broker acknowledged
}

// Dial connects, waiting up to timeout for the first connection; later
// connection losses are repaired in the background, subscriptions renewed.
func Dial(o Options, timeout time.Duration) (*Bus, error) {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	b := &Bus{log: o.Logger, device: o.DeviceTopic, subs: map[string]mqtt.MessageHandler{}, stop: make(chan struct{})}
	co := mqtt.NewClientOptions().AddBroker(o.URL).SetClientID(o.ClientID).
		SetUsername(o.Username).SetPassword(o.Password).
		SetCleanSession(true).SetStore(devlink.NewStore()).SetConnectTimeout(5 * time.Second).SetWriteTimeout(5 * time.Second).SetAutoReconnect(true).SetMaxReconnectInterval(time.Second). // the devices wait for the hub's republish
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
	if o.DeviceTopic != nil {
		if o.SweepEvery == 0 {
			o.SweepEvery = 10 * time.Second
		}
		b.done.Add(1)
		go b.sweep(o.SweepEvery)
	}
	return b, nil
}

// sweep subscribes to the device topics again every period, until Close.
func (b *Bus) sweep(every time.Duration) {
	defer b.done.Done()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-b.stop:
			return
		case <-t.C:
		}
		b.mu.Lock()
		for f, h := range b.subs {
			if b.device(f) {
				b.c.Subscribe(f, 1, h)
			}
		}
		b.mu.Unlock()
	}
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
	b.out.Add(1)
	return nil
}

// Traffic counts the hub's own messages since Dial: those it received
// and handed on, and those it published and the broker acknowledged.
func (b *Bus) Traffic() (in, out uint64) { return b.in.Load(), b.out.Load() }

// Subscribe calls h with every message on filter, now and after reconnects.
func (b *Bus) Subscribe(filter string, h func(topic string, payload []byte)) error {
	mh := func(_ mqtt.Client, m mqtt.Message) {
		if b.device != nil && b.device(m.Topic()) && (m.Retained() || len(m.Payload()) == 0) {
			b.clear(m)
			return
		}
		b.in.Add(1)
		h(m.Topic(), m.Payload())
	}
	b.mu.Lock()
	b.subs[filter] = mh
	b.mu.Unlock()
	tok := b.c.Subscribe(filter, 1, mh)
	if !tok.WaitTimeout(5*time.Second) || tok.Error() != nil {
		return fmt.Errorf("extbus: subscribe %s: %v", filter, tok.Error())
	}
	return nil
}

// clear removes a device's retained message from the broker (its
// handler runs on paho's goroutine, so the clearing publish is not waited for).
func (b *Bus) clear(m mqtt.Message) {
	if m.Retained() && len(m.Payload()) > 0 {
		b.log.Warn("a device's retained message cleared", "topic", m.Topic())
		b.c.Publish(m.Topic(), 1, true, []byte(nil))
	}
}

// Close disconnects.
func (b *Bus) Close() error {
	close(b.stop)
	b.done.Wait()
	b.c.Disconnect(250)
	return nil
}
