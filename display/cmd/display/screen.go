package main

import (
	"log/slog"
	"time"

	"fyne.io/fyne/v2"

	"vuoro/display/board"
	"vuoro/display/calllight"
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
	now     func() time.Time    // the clock the display shows; time.Now
}

// outputs are what a screen drives besides its window: the sound of a
// call (sound.go) and the counter's call light (light.go; nil: none), by
// the settings the hub gives the display.
type outputs struct {
	onCall   func(board.Entry)
	light    *calllight.Light
	settings *liveSettings
}

// newScreen wires up the display's mode.
func newScreen(cfg config, link feed.Link, loc *time.Location, log *slog.Logger, g *gate, out outputs) screen {
	var s screen
	if cfg.mode == "counter" {
		s = counterScreen(cfg, link, log, g, out)
	} else {
		s = queueScreen(cfg, link, loc, log, g, out)
	}
	s.now = time.Now
	return s
}

func queueScreen(cfg config, link feed.Link, loc *time.Location, log *slog.Logger, g *gate, out outputs) screen {
	v := ui.NewQueueView()
	var f *feed.Queue
	render := func() {
		s := f.State()
		g.do(func() { v.Update(s) })
	}
	f = feed.NewQueue(link, cfg.site, board.NewQueueBoard(loc), feed.Options{Logger: log, OnChange: render, OnCall: out.onCall,
		Device: cfg.device, OnSettings: out.settings.follow(log)})
	return screen{title: "Vuoro – jonotusnäyttö", size: fyne.NewSize(1920, 1080), content: v.Content(),
		start: f.Start, tick: f.Tick, render: render}
}

func counterScreen(cfg config, link feed.Link, log *slog.Logger, g *gate, out outputs) screen {
	v := ui.NewCounterView()
	var f *feed.Counter
	render := func() {
		s := f.State()
		if out.light != nil {
			out.light.Set(f.Light() && out.settings.get().CallLight)
		}
		g.do(func() { v.Update(s) })
	}
	f = feed.NewCounter(link, cfg.site, cfg.room, board.NewCounter(cfg.room), feed.Options{Logger: log, OnChange: render, OnCall: out.onCall,
		Device: cfg.device, OnSettings: out.settings.follow(log)})
	return screen{title: "Vuoro – palvelupistenäyttö", size: fyne.NewSize(1280, 720), content: v.Content(),
		start: f.Start, tick: f.Tick, render: render}
}
