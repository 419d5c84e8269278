package gpio

import (
	"context"
	"errors"
	"strings"
	"testing"

	"periph.io/x/conn/v3/gpio"
	"periph.io/x/conn/v3/gpio/gpiotest"
)

// change is a state Watch reported and the simulated time it did.
type change struct {
	active bool
	ms     int
}

func TestLevelInputWatch(t *testing.T) {
	clock := &simClock{now: t0}
	pin := newSimPin(clock,
		edge{100, gpio.Low}, edge{150, gpio.High}, // flutter: shorter than debounce
		edge{300, gpio.Low}, edge{305, gpio.High}, edge{310, gpio.Low}, // paper low
		edge{1000, gpio.High}, // new roll
	)
	in, err := NewLevelInput(pin, true, LevelOptions{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	if in.Active() {
		t.Fatal("active at the start")
	}
	ctx, cancel := context.WithCancel(context.Background())
	pin.stop = cancel
	var got []change
	err = in.Watch(ctx, func(active bool) {
		got = append(got, change{active, int(clock.Now().Sub(t0).Milliseconds())})
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Watch = %v", err)
	}
	want := []change{{false, 0}, {true, 410}, {false, 1100}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Fatalf("changes %v, want %v", got, want)
	}
}

func TestLevelInputActive(t *testing.T) {
	for _, tc := range []struct {
		activeLow bool
		pull      gpio.Pull
		level     gpio.Level
		active    bool
	}{
		{true, gpio.PullUp, gpio.Low, true},
		{true, gpio.PullUp, gpio.High, false},
		{false, gpio.PullDown, gpio.High, true},
		{false, gpio.PullDown, gpio.Low, false},
	} {
		pin := &gpiotest.Pin{N: "GPIO27", EdgesChan: make(chan gpio.Level)}
		in, err := NewLevelInput(pin, tc.activeLow, LevelOptions{})
		if err != nil {
			t.Fatal(err)
		}
		pin.Out(tc.level)
		if in.Active() != tc.active || pin.Pull() != tc.pull {
			t.Errorf("activeLow %v at %v: active %v, pull %v", tc.activeLow, tc.level, in.Active(), pin.Pull())
		}
	}
	if _, err := NewLevelInput(&gpiotest.Pin{N: "GPIO5"}, true, LevelOptions{}); err == nil || !strings.HasPrefix(err.Error(), "gpio: ") {
		t.Fatalf("NewLevelInput without edges = %v", err)
	}
}
