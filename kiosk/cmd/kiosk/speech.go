package main

import (
	"fmt"
	"log/slog"
	"os"
	"sync/atomic"

	"vuoro/kiosk/flow"
	"vuoro/kiosk/speech"
	audio "vuoro/shared/speech"
)

// speaker says the flow's utterances through a speech.Queue.
type speaker struct{ q *speech.Queue }

func (s speaker) Say(u flow.Utterance) {
	s.q.Say(speech.Utterance{Lang: string(u.Lang), Text: u.Text, Sound: speech.Sound(u.Sound), Flush: u.Flush})
}

// openSpeech starts the kiosk's speech (-speech on: from the start, as
// with a headset plugged in; keys: from the first key pressed; off:
// never), played by aplay, or written as WAV files into -speech-out.
// stop stops it and waits for it.
func openSpeech(c config, log *slog.Logger) (sp flow.Speaker, on bool, stop func(), err error) {
	switch c.speech {
	case "off":
		return nil, false, func() {}, nil
	case "on", "keys":
	default:
		return nil, false, nil, fmt.Errorf("-speech %q: want on, keys or off", c.speech)
	}
	var player audio.Player = audio.Aplay{Device: c.speechDevice}
	if c.speechOut != "" {
		if err := os.MkdirAll(c.speechOut, 0o755); err != nil {
			return nil, false, nil, err
		}
		player = &audio.Dir{Path: c.speechOut}
	}
	var failed atomic.Int64
	q, err := speech.New(speech.Options{Synth: audio.ESpeak{}, Player: player, OnError: func(err error) {
		if failed.Add(1) == 1 { // once: a kiosk without sound would fill the log
			log.Warn("speech failed", "err", err)
		}
	}})
	if err != nil {
		return nil, false, nil, err
	}
	q.Start()
	log.Info("speech ready", "mode", c.speech, "out", c.speechOut)
	return speaker{q}, c.speech == "on", q.Close, nil
}
