package gpio

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"periph.io/x/conn/v3/gpio"
	"periph.io/x/conn/v3/gpio/gpiotest"
)

func TestLampOnOff(t *testing.T) {
	for _, activeLow := range []bool{false, true} {
		pin := &gpiotest.Pin{N: "GPIO22"}
		l := NewLamp(pin, LampOptions{ActiveLow: activeLow})
		for _, on := range []bool{true, false, true} {
			if err := l.Set(on); err != nil {
				t.Fatal(err)
			}
			if lit := pin.Read() == gpio.Level(!activeLow); lit != on {
				t.Errorf("activeLow %v: after Set(%v) the pin is %v", activeLow, on, pin.Read())
			}
		}
		l.Off()
		if pin.Read() != gpio.Level(activeLow) {
			t.Errorf("activeLow %v: Off left the pin %v", activeLow, pin.Read())
		}
	}
}

func TestLampBlink(t *testing.T) {
	for _, activeLow := range []bool{false, true} {
		on, off := gpio.Level(!activeLow), gpio.Level(activeLow)
		ctx, cancel := context.WithCancel(context.Background())
		clock := &simClock{now: t0, stopAt: ms(1600), stop: cancel}
		pin := &recPin{Pin: &gpiotest.Pin{N: "GPIO22"}, clock: clock}
		l := NewLamp(pin, LampOptions{ActiveLow: activeLow, Clock: clock})
		if err := l.Blink(ctx, 500*time.Millisecond); !errors.Is(err, context.Canceled) {
			t.Fatalf("Blink = %v", err)
		}
		checkEdges(t, pin.log, []edge{
			{0, on}, {250, off}, {500, on}, {750, off}, {1000, on}, {1250, off}, {1500, on}, {1500, off},
		})
	}
}

func TestLampBlinkStopsOnRealCancel(t *testing.T) {
	pin := &gpiotest.Pin{N: "GPIO22"}
	l := NewLamp(pin, LampOptions{})
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Millisecond)
	defer cancel()
	start := time.Now()
	if err := l.Blink(ctx, 40*time.Millisecond); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Blink = %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("Blink took %v to stop", d)
	}
	if pin.Read() != gpio.Low {
		t.Fatal("Blink left the lamp lit")
	}
}

func TestLampErrors(t *testing.T) {
	l := NewLamp(gpio.INVALID, LampOptions{})
	if err := l.On(); err == nil || !strings.HasPrefix(err.Error(), "gpio: lamp on ") {
		t.Fatalf("On = %v", err)
	}
	if err := l.Blink(context.Background(), time.Second); err == nil {
		t.Fatal("Blink on a broken pin returned nil")
	}
	if err := NewLamp(&gpiotest.Pin{}, LampOptions{}).Blink(context.Background(), 0); err == nil {
		t.Fatal("Blink with period 0 returned nil")
	}
}
