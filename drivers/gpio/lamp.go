package gpio

import (
	"context"
	"errors"
	"fmt"
	"time"

	"periph.io/x/conn/v3/gpio"
)

// LampOptions tune a Lamp. The zero value is a lamp lit by a high level.
type LampOptions struct {
	// ActiveLow is for a lamp lit by a low level, as an LED wired from the
	// supply to the pin is.
	ActiveLow bool

	// Clock times Blink. Nil means the real clock.
	Clock Clock
}

// Lamp is a light on an output pin: a status LED, or the call light above
// a counter. A Lamp is not safe for concurrent use: to stop a Blink, cancel
// its ctx and let it return before the next call.
type Lamp struct {
	pin     gpio.PinOut
	on, off gpio.Level
	clock   Clock
}

// NewLamp returns the lamp on pin. It leaves the pin as it is until the
// first call.
func NewLamp(pin gpio.PinOut, o LampOptions) *Lamp {
	l := &Lamp{pin: pin, on: gpio.High, off: gpio.Low, clock: orReal(o.Clock)}
	if o.ActiveLow {
		l.on, l.off = gpio.Low, gpio.High
	}
	return l
}

// On lights the lamp.
func (l *Lamp) On() error { return l.Set(true) }

// Off puts the lamp out.
func (l *Lamp) Off() error { return l.Set(false) }

// Set lights the lamp or puts it out.
func (l *Lamp) Set(on bool) error {
	level := l.off
	if on {
		level = l.on
	}
	if err := l.pin.Out(level); err != nil {
		return fmt.Errorf("gpio: lamp on %s: %w", l.pin, err)
	}
	return nil
}

// Blink lights the lamp for half of each period and puts it out for the
// other half, starting lit, until ctx is done. It leaves the lamp out and
// returns ctx.Err(), or the pin's error.
func (l *Lamp) Blink(ctx context.Context, period time.Duration) error {
	if period <= 0 {
		return errors.New("gpio: blink period must be positive")
	}
	on := true
	for {
		if err := l.Set(on); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return errors.Join(ctx.Err(), l.Off())
		case <-l.clock.After(period / 2):
			on = !on
		}
	}
}
