package main

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"vuoro/drivers/gpio"
	"vuoro/drivers/jack"
	"vuoro/kiosk/flow"
)

// presser is the kiosk window's side of a physical key, of the barcode
// reader and of the headphone jack.
type presser interface {
	Key(flow.Key)
	scanner
	headsetter
}

// hardware starts the parts named on the command line: the Help key (for
// citizens who cannot use the touchscreen), the focus keys, the barcode
// reader, the headphone jack and the status lamp. stop ends them and
// waits for their goroutines.
func hardware(c config, k presser, connected func() bool, log *slog.Logger) (stop func(), err error) {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	stop = func() { cancel(); wg.Wait() }
	if c.helpKey != "" {
		b, err := gpio.OpenButton(c.helpKey, gpio.ButtonOptions{})
		if err != nil {
			stop()
			return nil, fmt.Errorf("help key %s: %w", c.helpKey, err)
		}
		wg.Go(func() { b.Run(ctx, func(gpio.Press) { k.Key(flow.KeyHelp) }) })
		log.Info("help key ready", "pin", c.helpKey)
	}
	if err := openKeys(ctx, &wg, c, k, log); err != nil {
		stop()
		return nil, err
	}
	if c.barcode != "" {
		wg.Go(func() { readCodes(ctx, c.barcode, k, log, 5*time.Second) })
	}
	if path := headsetJack(c, jack.Find, log); path != "" {
		wg.Go(func() { watchHeadset(ctx, path, k, log, 5*time.Second) })
	}
	if c.lamp != "" {
		l, err := gpio.OpenLamp(c.lamp, gpio.LampOptions{})
		if err != nil {
			stop()
			return nil, fmt.Errorf("status lamp %s: %w", c.lamp, err)
		}
		wg.Go(func() { showConnection(ctx, l, connected, time.Second) })
	}
	return stop, nil
}

// showConnection keeps the lamp lit while the hub is reachable and blinks
// it while it is not, so staff see at a glance a kiosk that is out of
// touch. It looks again every interval and leaves the lamp off at the end.
func showConnection(ctx context.Context, l *gpio.Lamp, connected func() bool, every time.Duration) {
	defer l.Off()
	for ctx.Err() == nil {
		if connected() {
			l.On()
			select {
			case <-ctx.Done():
			case <-time.After(every):
			}
			continue
		}
		blink, cancel := context.WithTimeout(ctx, every)
		l.Blink(blink, every/4)
		cancel()
	}
}
