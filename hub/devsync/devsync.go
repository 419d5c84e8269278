// Package devsync connects the queue engine to the site's devices over
// MQTT: it answers kiosks' ticket requests and help calls, and publishes
// what displays and kiosks show (the catalog, queue status, calls, the
// waiting-room snapshot and each room's state).
//
// Published state is retained and rebuilt from the engine's state, so a
// device that connects late, or a burst of changes, always ends at the
// latest truth; call announcements are published once each, in order.
package devsync

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// Bus is the MQTT connection devsync publishes and subscribes through.
type Bus interface {
	Publish(topic string, payload []byte, retain bool) error
	Subscribe(filter string, h func(topic string, payload []byte)) error
}

// Options configure a Sync.
type Options struct {
	Site string
	// Log is the identity of the engine's event log (store.Identity): the
	// displays start over when it changes.
	Log    string
	Logger *slog.Logger
	Now    func() time.Time
	// CheckinKey is the site's check-in key: kiosks send the HMAC of a
	// card's personal identity code under it (hetu.MAC). The hub gives
	// it to each kiosk with its credentials.
	CheckinKey []byte
	// PublicURL returns how phones reach the hub ("https://vuoro.lahti.fi"),
	// for the catalog: kiosks print it with a ticket's follow path as a QR
	// code. Nil leaves it out.
	PublicURL func() string
	// JoinURL returns the address a phone opens at now to join a queue
	// from the waiting room; the heartbeat carries it to the queue
	// displays. Nil leaves it out.
	JoinURL func(now time.Time) string
}

// publicURL is Options.PublicURL's answer, or empty.
func (s *Sync) publicURL() string {
	if s.opts.PublicURL == nil {
		return ""
	}
	return s.opts.PublicURL()
}

// Sync is the bridge. Create it with New before the engine takes commands,
// then Run it.
type Sync struct {
	bus     Bus
	eng     *queue.Engine
	opts    Options
	in      chan inbound
	wake    chan struct{}
	rejects rejects
	beat    atomic.Int64 // when the Run loop last went round, Unix ns
	beatAt  time.Time    // when the last heartbeat was sent; owned by the Run loop

	mu      sync.Mutex
	pending changes
	devices map[string]Seen
	last    published // owned by the Run loop
}

// recheck is how often published state is compared with the engine's even
// without events, so opening hours reach the kiosks when they begin and end.
const recheck = 30 * time.Second

// New registers the bridge as an observer of eng.
func New(bus Bus, eng *queue.Engine, o Options) *Sync {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	s := &Sync{bus: bus, eng: eng, opts: o, in: make(chan inbound, 256), wake: make(chan struct{}, 1),
		devices: map[string]Seen{}, last: newPublished()}
	eng.Observe(s.observe)
	return s
}

// Run subscribes to the devices' topics, publishes the current state and
// serves until ctx ends.
func (s *Sync) Run(ctx context.Context) error {
	for _, k := range []wire.Kind{wire.KindTicket, wire.KindTicketCancel, wire.KindHelp, wire.KindDevice, wire.KindOffline, wire.KindCheckin} {
		if err := s.bus.Subscribe(wire.Filter(s.opts.Site, k), s.receive); err != nil {
			return fmt.Errorf("devsync: %w", err)
		}
	}
	s.topUp()
	s.signal()
	tick := time.NewTicker(recheck)
	defer tick.Stop()
	alive := time.NewTicker(wire.HeartbeatEvery)
	defer alive.Stop()
	s.heartbeat()
	for {
		s.beat.Store(s.opts.Now().UnixNano())
		s.beatIfLate()
		select {
		case <-ctx.Done():
			return nil
		case <-alive.C:
			s.heartbeat()
		case <-tick.C:
			s.topUp()
			s.flush()
			s.recheckOffline()
		case m := <-s.in:
			s.handle(m)
		case <-s.wake:
			s.flush()
		}
	}
}

// Republish sends every retained state again at the next round, as after
// a reconnect to a broker that may have lost it (an external broker
// restarted without persistence).
func (s *Sync) Republish() {
	s.mu.Lock()
	s.pending.republish = true
	s.mu.Unlock()
	s.signal()
}

func (s *Sync) signal() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// observe runs under the engine's lock: it only notes what changed.
func (s *Sync) observe(ev event.Event, p queue.Payload, st *queue.State) {
	s.mu.Lock()
	s.pending.note(ev, p, st)
	s.mu.Unlock()
	s.signal()
}
