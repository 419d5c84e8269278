package main

import (
	"fmt"
	"log/slog"
	"os"
	"sync/atomic"

	"vuoro/display/announce"
	"vuoro/display/board"
	"vuoro/shared/speech"
)

// sound announces the display's calls (-sound-out): the queue display
// chimes and says each call its settings show, the counter display chimes
// on a call to its room. With -sound-out off it has no announcer.
type sound struct {
	a        *announce.Announcer
	settings func() board.Settings
	queue    bool // a queue display: announce only the rooms it shows
}

// openSound starts the display's sound; settings are read at each call.
func openSound(cfg config, settings func() board.Settings, log *slog.Logger) (*sound, error) {
	s := &sound{settings: settings, queue: cfg.mode == "queue"}
	if cfg.soundOut == "off" {
		return s, nil
	}
	var player speech.Player = speech.Aplay{Device: cfg.soundDevice}
	if cfg.soundOut != "aplay" {
		if err := os.MkdirAll(cfg.soundOut, 0o755); err != nil {
			return nil, fmt.Errorf("-sound-out: %w", err)
		}
		player = &speech.Dir{Path: cfg.soundOut}
	}
	var failed atomic.Int64
	a, err := announce.New(announce.Options{Synth: speech.ESpeak{}, Player: player, Settings: settings,
		ChimeOnly: !s.queue, OnError: func(err error) {
			if failed.Add(1) == 1 { // once: a display without sound would fill the log
				log.Warn("announcing a call failed", "err", err)
			}
		}})
	if err != nil {
		return nil, err
	}
	a.Start()
	s.a = a
	log.Info("sound ready", "out", cfg.soundOut, "chime_only", !s.queue)
	return s, nil
}

// call announces a new call; it never blocks.
func (s *sound) call(e board.Entry) {
	if s.a != nil && (!s.queue || s.settings().Shows(e.Room)) {
		s.a.Announce(e)
	}
}

// close stops the sound, cutting off what is being said.
func (s *sound) close() {
	if s.a != nil {
		s.a.Close()
	}
}
