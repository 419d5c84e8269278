package gpio

import (
	"context"
	"fmt"
	"time"

	"periph.io/x/conn/v3/gpio"
)

// Defaults for the zero fields of ButtonOptions.
const (
	DefaultDebounce  = 30 * time.Millisecond
	DefaultLongPress = 2 * time.Second
)

// ButtonOptions tune a Button. The zero value means the defaults: a key
// that connects the pin to ground (active low, with the pull-up on).
type ButtonOptions struct {
	// ActiveHigh is for a key that connects the pin to the supply; the
	// pull-down is then turned on.
	ActiveHigh bool

	// Debounce is how long a level must last to count. Zero means
	// DefaultDebounce.
	Debounce time.Duration

	// LongPress is how long a press must be held to be long. Zero means
	// DefaultLongPress.
	LongPress time.Duration

	// Clock tells the time. Nil means the real clock.
	Clock Clock
}

// Press is one press of a Button.
type Press struct {
	At   time.Time // when the key went down
	Long bool      // held for LongPress or more
}

// Button is a push button on an input pin. Call Run from one goroutine
// at a time.
type Button struct {
	pin    gpio.PinIn
	active gpio.Level
	opts   ButtonOptions
}

// NewButton sets pin up as the input of a button: pull-up (or pull-down
// for ActiveHigh) and edges both ways.
func NewButton(pin gpio.PinIn, o ButtonOptions) (*Button, error) {
	if o.Debounce <= 0 {
		o.Debounce = DefaultDebounce
	}
	if o.LongPress <= 0 {
		o.LongPress = DefaultLongPress
	}
	o.Clock = orReal(o.Clock)
	pull, active := gpio.PullUp, gpio.Low
	if o.ActiveHigh {
		pull, active = gpio.PullDown, gpio.High
	}
	if err := pin.In(pull, gpio.BothEdges); err != nil {
		return nil, fmt.Errorf("gpio: button on %s: %w", pin, err)
	}
	return &Button{pin: pin, active: active, opts: o}, nil
}

// Run calls fn for each press until ctx is done, and returns ctx.Err(). A
// short press is reported when the key comes up; a long one as soon as it
// has been held LongPress, so the user knows it counted, and not again
// when it comes up. A key already down when Run starts counts from its
// next press. fn runs on Run's goroutine and should return quickly.
func (b *Button) Run(ctx context.Context, fn func(Press)) error {
	d := newDebouncer(b.opts.Debounce, b.pin.Read(), b.opts.Clock.Now())
	p := presses{long: b.opts.LongPress, report: fn}
	return watch(ctx, b.pin, b.opts.Clock, func(l gpio.Level, edge bool, now time.Time) time.Time {
		if changed, at := d.sample(l, edge, now); changed {
			p.change(d.stable == b.active, at)
		}
		p.tick(d.heldUntil(now))
		return earliest(d.settleAt(), p.longAt())
	})
}
