package main

import (
	"log/slog"
	"time"

	"fyne.io/fyne/v2"

	"vuoro/display/board"
	"vuoro/display/feed"
	"vuoro/display/ui"
)

// screen is one display mode wired up: a feed, its view-model and its view.
type screen struct {
	title   string
	size    fyne.Size // the window's size when not full screen
	content fyne.CanvasObject
	start   func()              // subscribes the feed
	tick    func(now time.Time) // passes the time to the feed
	render  func()              // shows the feed's state
}

func newScreen(cfg config, link feed.Link, loc *time.Location, log *slog.Logger, g *gate) screen {
	if cfg.mode == "counter" {
		return counterScreen(cfg, link, log, g)
	}
	return queueScreen(cfg, link, loc, log, g)
}

func queueScreen(cfg config, link feed.Link, loc *time.Location, log *slog.Logger, g *gate) screen {
	v := ui.NewQueueView()
	var f *feed.Queue
	render := func() {
		s := f.State()
		g.do(func() { v.Update(s) })
	}
	f = feed.NewQueue(link, cfg.site, board.NewQueueBoard(loc), feed.Options{Logger: log, OnChange: render,
		Device: cfg.device, OnSettings: settingsLog(log)})
	return screen{title: "Vuoro – jonotusnäyttö", size: fyne.NewSize(1920, 1080), content: v.Content(),
		start: f.Start, tick: f.Tick, render: render}
}

func counterScreen(cfg config, link feed.Link, log *slog.Logger, g *gate) screen {
	v := ui.NewCounterView()
	var f *feed.Counter
	render := func() {
		s := f.State()
		g.do(func() { v.Update(s) })
	}
	f = feed.NewCounter(link, cfg.site, cfg.room, board.NewCounter(cfg.room), feed.Options{Logger: log, OnChange: render,
		Device: cfg.device, OnSettings: settingsLog(log)})
	return screen{title: "Vuoro – palvelupistenäyttö", size: fyne.NewSize(1280, 720), content: v.Content(),
		start: f.Start, tick: f.Tick, render: render}
}

// settingsLog notes the settings the hub sent (the information line's
// languages only, not its text).
func settingsLog(log *slog.Logger) func(board.Settings) {
	return func(s board.Settings) {
		log.Info("display settings from the hub", "rooms", len(s.Rooms), "languages", s.Languages, "sound", s.Sound,
			"volume", s.Volume, "info_languages", len(s.Info), "highlight", s.Highlight, "join_qr", s.JoinQR)
	}
}
