package server

import (
	"fmt"
	"log/slog"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/store"
)

// eraseExpired erases the personal data whose retention period is over at
// now, from the engine's state and its data file. The hub's daily
// housekeeping calls it.
func (h *Hub) eraseExpired(now time.Time) error {
	return eraseExpired(h.engine, h.store, now, h.opts.Logger)
}

// eraseExpired erases the expired personal data of eng, whose log is st,
// and compacts st whenever it holds redacted bytes, also those of an
// earlier erasure whose compaction failed. Every other use of st waits
// while it is compacted. The log line holds counts only.
func eraseExpired(eng *queue.Engine, st *store.Store, now time.Time, log *slog.Logger) error {
	got, err := eng.ErasePersonalData(st, now)
	if err != nil {
		return fmt.Errorf("server: erase expired personal data: %w", err)
	}
	if got.Events > 0 {
		log.Info("expired personal data erased", "before", got.Before, "visits", got.Visits,
			"appointments", got.Appointments, "events", got.Events)
	}
	owed, err := st.Redacted()
	if err != nil || !owed {
		return err
	}
	start := time.Now()
	if err := st.Compact(); err != nil {
		return fmt.Errorf("server: erased personal data still in the data file: %w", err)
	}
	log.Info("data file compacted", "took", time.Since(start).Round(time.Millisecond))
	return nil
}
