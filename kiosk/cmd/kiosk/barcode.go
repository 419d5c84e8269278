package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"vuoro/drivers/barcode"
)

// scanner is the kiosk window's side of the barcode reader.
type scanner interface{ Scan(code string) }

// openReader opens the barcode reader spec names: serial:/dev/ttyACM0
// (9600 baud, or @BAUD) or evdev:/dev/input/event3 (a keyboard-wedge
// reader, grabbed so its keys never reach the screen).
func openReader(spec string) (*barcode.Reader, io.Closer, error) {
	kind, path, _ := strings.Cut(spec, ":")
	switch kind {
	case "serial":
		baud := 9600
		if p, b, ok := strings.Cut(path, "@"); ok {
			n, err := strconv.Atoi(b)
			if err != nil {
				return nil, nil, fmt.Errorf("barcode reader %q: baud %q", spec, b)
			}
			path, baud = p, n
		}
		return barcode.OpenSerial(path, baud, barcode.Options{})
	case "evdev":
		return barcode.OpenEvdev(path, barcode.Options{})
	}
	return nil, nil, fmt.Errorf("barcode reader %q: want serial:PATH[@BAUD] or evdev:PATH", spec)
}

// readCodes hands every code the reader spec reads to k until ctx ends. A
// bad code is logged by its kind of fault only (never the code: it may be
// a personal identity code); a reader that goes away is opened again
// every retry, so unplugging it never stops the kiosk.
func readCodes(ctx context.Context, spec string, k scanner, log *slog.Logger, retry time.Duration) {
	for ctx.Err() == nil {
		r, closer, err := openReader(spec)
		if err != nil {
			log.Warn("barcode reader not available", "reader", spec, "err", err)
		} else {
			log.Info("barcode reader ready", "reader", spec)
			err = readFrom(ctx, r, k, log)
			closer.Close()
			if ctx.Err() == nil {
				log.Warn("barcode reader stopped", "reader", spec, "err", err)
			}
		}
		select {
		case <-ctx.Done():
		case <-time.After(retry):
		}
	}
}

// readFrom reads codes until the reader ends or ctx does.
func readFrom(ctx context.Context, r *barcode.Reader, k scanner, log *slog.Logger) error {
	for {
		s, err := r.Next(ctx)
		switch {
		case err == nil:
			log.Info("code scanned", "scan", s.String())
			k.Scan(s.Code)
		case errors.Is(err, barcode.ErrGarbage), errors.Is(err, barcode.ErrTooLong):
			log.Warn("unreadable scan", "err", err)
		default:
			return err
		}
	}
}
