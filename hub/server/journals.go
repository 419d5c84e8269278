package server

import (
	"log/slog"

	"vuoro/hub/event"
)

// logStart tells how an engine's state was loaded: from which snapshot,
// and how many events were replayed.
func logStart(l *slog.Logger, engine string, s event.Start) {
	if s.Unused != nil {
		l.Warn("snapshot not used: the whole event log was replayed", "engine", engine, "why", s.Unused.Error())
	}
	l.Info("state loaded", "engine", engine, "snapshot", s.Snapshot, "replayed", s.Replayed)
}

// closeEngines waits for the engines' commands decided so far and writes
// their snapshots, so the next start replays nothing.
func (h *Hub) closeEngines() {
	if h.engine != nil {
		if err := h.engine.Close(); err != nil {
			h.opts.Logger.Warn("queue snapshot at stop", "err", err.Error())
		}
	}
	if h.reports != nil {
		if err := h.reports.Close(); err != nil {
			h.opts.Logger.Warn("reports not saved at stop: folded from the log at the next start", "err", err.Error())
		}
	}
	if h.portal != nil {
		if err := h.portal.Engine().Close(); err != nil {
			h.opts.Logger.Warn("voucher snapshot at stop", "err", err.Error())
		}
	}
}
