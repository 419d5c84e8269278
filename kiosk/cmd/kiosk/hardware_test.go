package main

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	periph "periph.io/x/conn/v3/gpio"
	"periph.io/x/conn/v3/gpio/gpiotest"

	"vuoro/drivers/gpio"
	"vuoro/drivers/gpio/pintest"
)

func TestStatusLampShowsTheHubConnection(t *testing.T) {
	pin := &gpiotest.Pin{N: "LAMP"}
	var up atomic.Bool
	up.Store(true)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		showConnection(ctx, gpio.NewLamp(pin, gpio.LampOptions{}), up.Load, 80*time.Millisecond)
		close(done)
	}()
	time.Sleep(20 * time.Millisecond)
	if high, low := pintest.Levels(pin, 150*time.Millisecond); !high || low {
		t.Fatalf("connected: lamp high %v low %v, want steadily lit", high, low)
	}
	up.Store(false)
	time.Sleep(100 * time.Millisecond)
	if high, low := pintest.Levels(pin, 200*time.Millisecond); !high || !low {
		t.Fatalf("disconnected: lamp high %v low %v, want blinking", high, low)
	}
	cancel()
	<-done
	if pin.Read() != periph.Low {
		t.Fatal("lamp left lit after stop")
	}
}
