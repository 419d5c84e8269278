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

const (
	down = gpio.Low // an active-low key pressed
	up   = gpio.High
)

// reported is a press and the simulated time Run reported it.
type reported struct {
	Press
	when time.Time
}

// runButton plays script on a simulated button that starts at level start
// and returns what Run reported.
func runButton(t *testing.T, o ButtonOptions, start gpio.Level, script ...edge) []reported {
	t.Helper()
	clock := &simClock{now: t0}
	pin := newSimPin(clock, script...)
	o.Clock = clock
	b, err := NewButton(pin, o)
	if err != nil {
		t.Fatal(err)
	}
	pin.Out(start)
	ctx, cancel := context.WithCancel(context.Background())
	pin.stop = cancel
	var got []reported
	err = b.Run(ctx, func(p Press) { got = append(got, reported{p, clock.Now()}) })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v, want context.Canceled", err)
	}
	return got
}

// press is an expected Press, down at ms and reported at when.
func press(at int, long bool, when int) reported {
	return reported{Press{At: ms(at), Long: long}, ms(when)}
}

func checkPresses(t *testing.T, got []reported, want ...reported) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("presses %v, want %v", got, want)
	}
	for i := range got {
		if !got[i].At.Equal(want[i].At) || got[i].Long != want[i].Long || !got[i].when.Equal(want[i].when) {
			t.Fatalf("press %d: %v, want %v", i, got[i], want[i])
		}
	}
}

func TestButtonShortPress(t *testing.T) {
	got := runButton(t, ButtonOptions{}, up, edge{100, down}, edge{300, up})
	checkPresses(t, got, press(100, false, 330))
}

func TestButtonBounceGivesOnePress(t *testing.T) {
	got := runButton(t, ButtonOptions{}, up,
		edge{100, down}, edge{101, up}, edge{103, down}, edge{104, up}, edge{106, down},
		edge{400, up}, edge{401, down}, edge{402, up}, edge{405, down}, edge{406, up},
	)
	checkPresses(t, got, press(106, false, 436))
}

func TestButtonGlitchIsNoPress(t *testing.T) {
	got := runButton(t, ButtonOptions{}, up,
		edge{100, down}, edge{120, up},
		edge{500, down}, edge{510, up}, edge{515, down}, edge{529, up},
	)
	checkPresses(t, got)
}

func TestButtonLongPressReportedWhileHeld(t *testing.T) {
	got := runButton(t, ButtonOptions{}, up, edge{100, down}, edge{3000, up})
	checkPresses(t, got, press(100, true, 2100))
}

func TestButtonLongPressSurvivesAGlitch(t *testing.T) {
	got := runButton(t, ButtonOptions{}, up,
		edge{100, down}, edge{1000, up}, edge{1010, down}, edge{2500, up}, edge{2502, down}, edge{2504, up},
	)
	checkPresses(t, got, press(100, true, 2100))
}

func TestButtonReleasedJustBeforeLong(t *testing.T) {
	// Let go at 1990 ms of holding: the release is accepted only at 2020,
	// after the long-press time, and still the press is short.
	got := runButton(t, ButtonOptions{}, up, edge{100, down}, edge{2090, up})
	checkPresses(t, got, press(100, false, 2120))
}

func TestButtonTwoPresses(t *testing.T) {
	got := runButton(t, ButtonOptions{}, up,
		edge{100, down}, edge{200, up}, edge{500, down}, edge{502, up}, edge{503, down}, edge{650, up},
	)
	checkPresses(t, got, press(100, false, 230), press(503, false, 680))
}

func TestButtonOptions(t *testing.T) {
	o := ButtonOptions{ActiveHigh: true, Debounce: 10 * time.Millisecond, LongPress: 500 * time.Millisecond}
	got := runButton(t, o, gpio.Low,
		edge{100, gpio.High}, edge{200, gpio.Low},
		edge{1000, gpio.High}, edge{1005, gpio.Low}, edge{1006, gpio.High}, edge{1600, gpio.Low},
	)
	checkPresses(t, got, press(100, false, 210), press(1006, true, 1506))
}

func TestButtonDownAtStartCountsFromNextPress(t *testing.T) {
	got := runButton(t, ButtonOptions{}, down, edge{500, up}, edge{800, down}, edge{900, up})
	checkPresses(t, got, press(800, false, 930))
}

func TestNewButtonSetsUpPin(t *testing.T) {
	for _, tc := range []struct {
		o    ButtonOptions
		pull gpio.Pull
	}{{ButtonOptions{}, gpio.PullUp}, {ButtonOptions{ActiveHigh: true}, gpio.PullDown}} {
		pin := &gpiotest.Pin{N: "GPIO17", EdgesChan: make(chan gpio.Level)}
		if _, err := NewButton(pin, tc.o); err != nil {
			t.Fatal(err)
		}
		if pin.Pull() != tc.pull {
			t.Errorf("ActiveHigh %v: pull %v, want %v", tc.o.ActiveHigh, pin.Pull(), tc.pull)
		}
	}
	// gpiotest refuses edges without EdgesChan, as a pin without edge
	// detection does.
	_, err := NewButton(&gpiotest.Pin{N: "GPIO4"}, ButtonOptions{})
	if err == nil || !strings.HasPrefix(err.Error(), "gpio: button on GPIO4") {
		t.Fatalf("NewButton without edges = %v", err)
	}
}

// TestButtonRealTime drives a gpiotest pin through its EdgesChan on the
// real clock: a burst of bounces, a hold, a burst, and a cancel.
func TestButtonRealTime(t *testing.T) {
	pin := &gpiotest.Pin{N: "GPIO17", EdgesChan: make(chan gpio.Level)}
	b, err := NewButton(pin, ButtonOptions{LongPress: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	presses := make(chan Press, 10)
	done := make(chan error)
	go func() { done <- b.Run(ctx, func(p Press) { presses <- p }) }()

	for _, burst := range [][]gpio.Level{{down, up, down, up, down}, {up, down, up}} {
		for _, l := range burst {
			pin.EdgesChan <- l
		}
		time.Sleep(150 * time.Millisecond)
	}
	select {
	case p := <-presses:
		if p.Long {
			t.Errorf("press %v is long", p)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no press")
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Run = %v, want context.Canceled", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	if len(presses) != 0 {
		t.Fatalf("%d presses more", len(presses))
	}
}
