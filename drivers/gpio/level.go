package gpio

import (
	"context"
	"fmt"
	"time"

	"periph.io/x/conn/v3/gpio"
)

// DefaultLevelDebounce is LevelOptions.Debounce when zero: a paper-low
// lever flutters as the roll turns.
const DefaultLevelDebounce = 100 * time.Millisecond

// LevelOptions tune a LevelInput. The zero value means the defaults.
type LevelOptions struct {
	// Debounce is how long a level must last to count as a change.
	Debounce time.Duration

	// Clock tells the time. Nil means the real clock.
	Clock Clock
}

// LevelInput is a sensor or switch that stays on or off, such as a
// printer's paper-low sensor. Call Watch from one goroutine at a time.
type LevelInput struct {
	pin    gpio.PinIn
	active gpio.Level
	opts   LevelOptions
}

// NewLevelInput sets pin up as the input of a sensor that reads active
// when its level is low (activeLow) or high, with the pull that reads it
// inactive when nothing drives it, and edges both ways.
func NewLevelInput(pin gpio.PinIn, activeLow bool, o LevelOptions) (*LevelInput, error) {
	if o.Debounce <= 0 {
		o.Debounce = DefaultLevelDebounce
	}
	o.Clock = orReal(o.Clock)
	pull, active := gpio.PullDown, gpio.High
	if activeLow {
		pull, active = gpio.PullUp, gpio.Low
	}
	if err := pin.In(pull, gpio.BothEdges); err != nil {
		return nil, fmt.Errorf("gpio: input on %s: %w", pin, err)
	}
	return &LevelInput{pin: pin, active: active, opts: o}, nil
}

// Active reads the sensor now, without debouncing.
func (in *LevelInput) Active() bool { return in.pin.Read() == in.active }

// Watch calls fn with the state at the start, then with each change that
// lasts Debounce, until ctx is done; it returns ctx.Err(). fn runs on
// Watch's goroutine and should return quickly.
func (in *LevelInput) Watch(ctx context.Context, fn func(active bool)) error {
	d := newDebouncer(in.opts.Debounce, in.pin.Read(), in.opts.Clock.Now())
	fn(d.stable == in.active)
	return watch(ctx, in.pin, in.opts.Clock, func(l gpio.Level, edge bool, now time.Time) time.Time {
		if changed, _ := d.sample(l, edge, now); changed {
			fn(d.stable == in.active)
		}
		return d.settleAt()
	})
}
