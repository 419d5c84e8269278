package main

import (
	"context"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"vuoro/kiosk/flow"
	"vuoro/kiosk/hubclient"
	"vuoro/kiosk/outbox"
	"vuoro/shared/wire"
)

// outboxPath is the -outbox file: by default next to the credentials.
func outboxPath(c config) string {
	if c.outbox != "" {
		return c.outbox
	}
	return filepath.Join(filepath.Dir(c.credentials), "outbox.db")
}

// deliverEvery is how often the kiosk tries to deliver its offline tickets.
const deliverEvery = 5 * time.Second

// offline keeps the outbox's blocks as the hub hands them and delivers its
// tickets whenever the link is up, until the returned stop is called.
func offline(box *outbox.Outbox, hub *hubclient.Client, connected func() bool, log *slog.Logger) (stop func()) {
	hub.OnBlocks(func(b *wire.BlockSet) {
		if err := box.SetBlocks(b.Blocks); err != nil {
			log.Error("blocks of numbers not kept", "err", err)
		}
	})
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(deliverEvery)
		defer t.Stop()
		for {
			if connected() {
				if n, err := hub.Drain(ctx, box, 10*time.Second); n > 0 || err != nil {
					log.Info("offline tickets delivered", "delivered", n, "err", err)
				}
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	})
	return func() { cancel(); wg.Wait() }
}

// offlineOptions are the flow's options for issuing without the hub.
func offlineOptions(o flow.Options, box *outbox.Outbox, device string, hub *hubclient.Client) flow.Options {
	o.Reach = flow.ReachFunc(hub.Reachable)
	o.Offline = outbox.Issuer{Box: box, Device: device}
	o.Journal = box
	return o
}

// keepCatalog returns what keeps each catalog of the hub in box, for a
// restart while the hub is down.
func keepCatalog(box *outbox.Outbox, log *slog.Logger) func(*wire.Catalog) {
	return func(c *wire.Catalog) {
		if err := box.SetCatalog(c); err != nil {
			log.Error("catalog not kept", "err", err)
		}
	}
}

// startFrom hands model the last catalog kept, if any: a kiosk restarted
// while the hub is down serves from it until the hub's comes.
func startFrom(model *flow.Model, box *outbox.Outbox, log *slog.Logger) {
	c, err := box.Catalog()
	if err != nil {
		log.Error("the kept catalog is not usable", "err", err)
	}
	model.SetCatalog(c)
}
