package main

import (
	"bufio"
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"

	"vuoro/drivers/gpio"
	"vuoro/kiosk/flow"
)

// keyNames name the kiosk's keys on the command line and in -key-events.
var keyNames = map[string]flow.Key{"prev": flow.KeyPrev, "next": flow.KeyNext, "select": flow.KeySelect, "help": flow.KeyHelp}

// openKeys starts the physical keys: previous, next and select on GPIO
// (-key-prev, -key-next, -key-select), and -key-events, a file (a FIFO,
// a pseudo-terminal) whose lines "prev", "next", "select", "help" are key
// presses: for a USB keypad's remapper, and for tests driving the real
// program. Each press goes to k.Key, as the Help key's does.
func openKeys(ctx context.Context, wg *sync.WaitGroup, c config, k presser, log *slog.Logger) error {
	for name, pin := range map[string]string{"prev": c.keyPrev, "next": c.keyNext, "select": c.keySelect} {
		if pin == "" {
			continue
		}
		b, err := gpio.OpenButton(pin, gpio.ButtonOptions{})
		if err != nil {
			return fmt.Errorf("%s key %s: %w", name, pin, err)
		}
		key := keyNames[name]
		wg.Go(func() { b.Run(ctx, func(gpio.Press) { k.Key(key) }) })
		log.Info("key ready", "key", name, "pin", pin)
	}
	if c.keyEvents != "" {
		f, err := os.Open(c.keyEvents)
		if err != nil {
			return fmt.Errorf("key events: %w", err)
		}
		context.AfterFunc(ctx, func() { f.Close() })
		wg.Go(func() { readKeys(f, k, log) })
		log.Info("key events ready", "path", c.keyEvents)
	}
	return nil
}

// readKeys presses the keys named by the lines of f until it ends.
func readKeys(f *os.File, k presser, log *slog.Logger) {
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name := strings.TrimSpace(sc.Text())
		if key, ok := keyNames[name]; ok {
			k.Key(key)
		} else if name != "" {
			log.Warn("key events: no such key", "key", name)
		}
	}
}
