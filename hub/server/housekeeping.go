package server

import (
	"cmp"
	"context"
	"log/slog"
	"time"

	"vuoro/hub/queue"
)

// housekeepEvery is how often the hub checks whether the site's day has
// ended and whether personal data has passed its retention period.
const housekeepEvery = 30 * time.Second

// housekeeper marks the appointments nobody came to as no-shows; closes the site's day when it ends: at the site's day end or
// at local midnight, by the engine's clock (queue.Engine.CloseDay); and
// erases the personal data whose retention period is over. That becomes
// due as the day changes, so the data file is compacted at night.
type housekeeper struct {
	eng   *queue.Engine
	erase func(now time.Time) error
	now   func() time.Time
	every time.Duration
	log   *slog.Logger
}

// startHousekeeping runs the housekeeper until ctx ends; Close waits for it.
func (h *Hub) startHousekeeping(ctx context.Context) {
	k := housekeeper{eng: h.engine, erase: h.eraseExpired, now: h.opts.Clock.Now, every: cmp.Or(h.opts.HousekeepEvery, housekeepEvery),
		log: h.opts.Logger.With("part", "housekeeping")}
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		k.run(ctx)
	}()
}

// run checks at once, so a hub started after the day's end closes it, and
// then every k.every until ctx ends.
func (k housekeeper) run(ctx context.Context) {
	tick := time.NewTicker(k.every)
	defer tick.Stop()
	for {
		k.markNoShows()
		k.closeDay()
		if err := k.erase(k.now()); err != nil {
			k.log.Error("personal data not erased; will try again", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// markNoShows marks the appointments whose check-in window has closed
// with nobody checked in (queue.Engine.MarkNoShows).
func (k housekeeper) markNoShows() {
	n, err := k.eng.MarkNoShows()
	switch {
	case err != nil:
		k.log.Error("no-shows not marked; will try again", "err", err)
	case n > 0:
		k.log.Info("appointments marked no-shows", "appointments", n)
	}
}

func (k housekeeper) closeDay() {
	n, err := k.eng.CloseDay()
	switch {
	case err != nil:
		k.log.Error("day close failed; will try again", "err", err)
	case n > 0:
		k.log.Info("day closed", "expired_visits", n)
	}
}
