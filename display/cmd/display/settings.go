package main

import (
	"log/slog"
	"sync/atomic"

	"vuoro/display/board"
)

// liveSettings holds the display's latest settings from the hub, for the
// parts that read them as they go: the announcer at each call, the call
// light at each change. Safe for concurrent use.
type liveSettings struct {
	v atomic.Pointer[board.Settings]
}

// newLiveSettings holds board.DefaultSettings until the hub's come.
func newLiveSettings() *liveSettings {
	l := &liveSettings{}
	l.set(board.DefaultSettings())
	return l
}

func (l *liveSettings) get() board.Settings  { return *l.v.Load() }
func (l *liveSettings) set(s board.Settings) { l.v.Store(&s) }

// follow returns the feed's OnSettings: it keeps each new setting and logs
// it (not the information line's text).
func (l *liveSettings) follow(log *slog.Logger) func(board.Settings) {
	return func(s board.Settings) {
		l.set(s)
		log.Info("display settings from the hub", "rooms", len(s.Rooms), "languages", s.Languages, "sound", s.Sound,
			"volume", s.Volume, "info_languages", len(s.Info), "highlight", s.Highlight, "join_qr", s.JoinQR, "call_light", s.CallLight)
	}
}
