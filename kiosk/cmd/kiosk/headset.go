package main

import (
	"context"
	"log/slog"
	"time"

	"vuoro/drivers/jack"
)

// headsetter is the kiosk window's side of the headphone jack.
type headsetter interface{ Headset(plugged bool) }

// headsetJack is the jack's device -headset names: auto finds it (none
// found is logged once and the kiosk goes on without), off or -speech off
// none, and anything else is the device's path.
func headsetJack(c config, find func() (jack.Device, error), log *slog.Logger) string {
	switch {
	case c.headset == "off" || c.headset == "":
		return ""
	case c.speech == "off":
		log.Info("headset jack not watched: speech is off")
		return ""
	case c.headset != "auto":
		return c.headset
	}
	d, err := find()
	if err != nil {
		log.Info("no headset jack: speech starts with a key press", "err", err)
		return ""
	}
	log.Info("headset jack found", "jack", d.Path, "name", d.Name)
	return d.Path
}

// watchHeadset tells k whether a headset is plugged into the jack at path,
// at the start and at every change, until ctx ends. A jack that goes away
// (a USB sound card pulled out) counts as unplugged and is opened again
// every retry; that it cannot be opened is logged once in a row.
func watchHeadset(ctx context.Context, path string, k headsetter, log *slog.Logger, retry time.Duration) {
	missing := false
	for ctx.Err() == nil {
		w, closer, err := jack.Open(path)
		if err != nil && !missing {
			log.Warn("headset jack not available", "jack", path, "err", err)
		}
		missing = err != nil
		if err == nil {
			stop := context.AfterFunc(ctx, func() { closer.Close() })
			log.Info("headset jack ready", "jack", path, "plugged", w.Plugged())
			err = follow(w, k, log)
			stop()
			closer.Close()
			if ctx.Err() == nil {
				log.Warn("headset jack stopped", "jack", path, "err", err)
			}
		}
		select {
		case <-ctx.Done():
		case <-time.After(retry):
		}
	}
}

// follow tells k the jack's state, then every change, until the jack's
// events end; then the headset counts as unplugged.
func follow(w *jack.Watcher, k headsetter, log *slog.Logger) error {
	plugged := w.Plugged()
	k.Headset(plugged)
	for {
		p, err := w.Next()
		if err != nil {
			if plugged {
				k.Headset(false)
			}
			return err
		}
		plugged = p
		log.Info("headset", "plugged", p)
		k.Headset(p)
	}
}
