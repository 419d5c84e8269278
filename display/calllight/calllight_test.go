package calllight_test

import (
	"context"
	"testing"
	"time"

	periph "periph.io/x/conn/v3/gpio"
	"periph.io/x/conn/v3/gpio/gpiotest"

	"vuoro/display/calllight"
	"vuoro/drivers/gpio"
	"vuoro/drivers/gpio/pintest"
)

// run drives a light on a test pin until the test ends.
func run(t *testing.T, o calllight.Options) (*calllight.Light, *gpiotest.Pin, func()) {
	pin := &gpiotest.Pin{N: "GPIO27"}
	l := calllight.New(gpio.NewLamp(pin, gpio.LampOptions{}), o)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- l.Run(ctx) }()
	stop := func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	}
	return l, pin, stop
}

func TestTheLightIsLitFromACallUntilItIsPutOut(t *testing.T) {
	l, pin, stop := run(t, calllight.Options{})
	if high, _ := pintest.Levels(pin, 50*time.Millisecond); high {
		t.Fatal("lit before any call")
	}
	l.Set(true)
	time.Sleep(10 * time.Millisecond)
	if high, low := pintest.Levels(pin, 100*time.Millisecond); !high || low {
		t.Fatalf("on a call: high %v low %v, want steadily lit", high, low)
	}
	l.Set(false) // the visit began
	time.Sleep(10 * time.Millisecond)
	if high, _ := pintest.Levels(pin, 50*time.Millisecond); high {
		t.Fatal("still lit after the visit began")
	}
	l.Set(true)
	stop()
	if pin.Read() != periph.Low {
		t.Fatal("left lit when the display stopped")
	}
}

func TestTheLightCanBlink(t *testing.T) {
	l, pin, stop := run(t, calllight.Options{Blink: true, Period: 40 * time.Millisecond})
	defer stop()
	l.Set(true)
	if high, low := pintest.Levels(pin, 150*time.Millisecond); !high || !low {
		t.Fatalf("on a call: high %v low %v, want blinking", high, low)
	}
	l.Set(false)
	time.Sleep(10 * time.Millisecond)
	if high, _ := pintest.Levels(pin, 100*time.Millisecond); high {
		t.Fatal("still blinking after the visit began")
	}
	for range 20 { // a burst of changes ends in the last
		l.Set(true)
		l.Set(false)
	}
	time.Sleep(10 * time.Millisecond)
	if high, _ := pintest.Levels(pin, 100*time.Millisecond); high {
		t.Fatal("lit after a burst that ended out")
	}
}
