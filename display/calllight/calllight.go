// Package calllight drives the call light above a service point, a lamp on
// a GPIO pin: lit, or blinking, from a call until the visit begins or the
// room closes, so a citizen sees from afar which door is theirs.
package calllight

import (
	"context"
	"errors"
	"sync"
	"time"

	"vuoro/drivers/gpio"
)

// Options tune a Light.
type Options struct {
	Blink  bool          // blink while lit instead of a steady light
	Period time.Duration // of one blink; zero means DefaultPeriod
}

// DefaultPeriod is a blink a second: well under the three flashes a second
// that may trigger seizures (WCAG 2.3.1).
const DefaultPeriod = time.Second

// Light is the call light. Set says what it should show; Run makes the
// lamp show it.
type Light struct {
	lamp *gpio.Lamp
	opts Options
	mu   sync.Mutex // orders Set's replace of the wanted state
	want chan bool  // the latest wanted state, not yet taken by Run
}

// New returns the light on lamp.
func New(lamp *gpio.Lamp, o Options) *Light {
	if o.Period <= 0 {
		o.Period = DefaultPeriod
	}
	return &Light{lamp: lamp, opts: o, want: make(chan bool, 1)}
}

// Set asks for the light lit or out. It never blocks; the latest wins.
func (l *Light) Set(on bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	select {
	case <-l.want:
	default:
	}
	l.want <- on
}

// Run shows what Set asks for until ctx is done, then puts the lamp out.
// It returns the pin's error, or nil when ctx ends.
func (l *Light) Run(ctx context.Context) error {
	on := false
	for {
		show := l.steady
		if on && l.opts.Blink {
			show = l.blink
		}
		next, err := show(ctx, on)
		if err != nil || ctx.Err() != nil {
			return errors.Join(err, l.lamp.Off())
		}
		on = next
	}
}

// steady sets the lamp and waits for the next wanted state.
func (l *Light) steady(ctx context.Context, on bool) (bool, error) {
	if err := l.lamp.Set(on); err != nil {
		return on, err
	}
	select {
	case next := <-l.want:
		return next, nil
	case <-ctx.Done():
		return on, nil
	}
}

// blink blinks the lamp until the next wanted state.
func (l *Light) blink(ctx context.Context, on bool) (bool, error) {
	bctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- l.lamp.Blink(bctx, l.opts.Period) }()
	next := on
	select {
	case next = <-l.want:
	case <-ctx.Done():
	case err := <-done: // the pin failed
		stop()
		return on, err
	}
	stop()
	if err := <-done; !errors.Is(err, context.Canceled) {
		return next, err
	}
	return next, nil
}
