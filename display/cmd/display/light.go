package main

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"vuoro/display/calllight"
	"vuoro/drivers/gpio"
)

// openCallLight opens the counter's call light of -call-light; nil when
// there is none.
func openCallLight(cfg config) (*calllight.Light, error) {
	if cfg.callLight == "" {
		return nil, nil
	}
	lamp, err := gpio.OpenLamp(cfg.callLight, gpio.LampOptions{})
	if err != nil {
		return nil, fmt.Errorf("call light %s: %w", cfg.callLight, err)
	}
	return calllight.New(lamp, calllight.Options{Blink: cfg.callLightBlink}), nil
}

// startLight runs the light until the returned stop, which puts it out
// and waits. A failing pin is logged; the display goes on without it.
func startLight(ctx context.Context, l *calllight.Light, log *slog.Logger) (stop func()) {
	if l == nil {
		return func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := l.Run(ctx); err != nil {
			log.Error("call light failed", "err", err)
		}
	})
	return func() { cancel(); wg.Wait() }
}
