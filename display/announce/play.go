package announce

import (
	"fmt"

	"vuoro/display/board"
	"vuoro/shared/speech"
)

// Start announces the queued calls until Close.
func (a *Announcer) Start() { a.work.Start(a.next) }

// Close stops announcing, cutting off what is being said, and waits for
// the announcer's goroutines.
func (a *Announcer) Close() { a.work.Close() }

// next announces the first waiting call that is not stale; false when
// none waits.
func (a *Announcer) next() bool {
	a.mu.Lock()
	if len(a.waiting) == 0 || a.work.Ctx().Err() != nil {
		a.mu.Unlock()
		return false
	}
	p := a.waiting[0]
	a.waiting = a.waiting[1:]
	stale := a.opts.Clock.Now().Sub(p.since) > a.opts.MaxAge
	if stale {
		a.stats.Stale++
	} else {
		a.stats.Announced++
	}
	a.mu.Unlock()
	if !stale {
		if err := a.announce(p.call, a.opts.Settings()); err != nil {
			a.opts.OnError(err)
		}
	}
	return true
}

// synthesised is one language's speech, or why there is none.
type synthesised struct {
	wav []byte
	err error
}

// announce plays the chime and then says c in each language. The speech
// is synthesised while the chime plays.
func (a *Announcer) announce(c board.Entry, s board.Settings) error {
	if !audible(s) {
		return nil
	}
	g := speech.Volume(s.Volume)
	var langs []string
	if !a.opts.ChimeOnly {
		langs = s.Languages
	}
	said := a.synthAll(c, langs)
	if err := a.play(Chime(), g); err != nil {
		return err
	}
	var errs []error
	for _, ch := range said {
		r := <-ch
		if r.err == nil {
			r.err = a.play(r.wav, g)
		}
		if r.err != nil {
			errs = append(errs, r.err)
		}
	}
	if len(errs) > 0 && a.work.Ctx().Err() == nil {
		return fmt.Errorf("announce: %s to %s: %v", c.CallID, c.Room, errs)
	}
	return nil
}

// synthAll synthesises c in each language, in order, on a goroutine of its
// own; each result comes on its own channel.
func (a *Announcer) synthAll(c board.Entry, langs []string) []chan synthesised {
	out := make([]chan synthesised, len(langs))
	for i := range out {
		out[i] = make(chan synthesised, 1)
	}
	a.work.Go(func() {
		for i, lang := range langs {
			text, err := Text(lang, c.CallID, c.Room)
			var wav []byte
			if err == nil {
				wav, err = a.opts.Synth.Synth(a.work.Ctx(), lang, text)
			}
			out[i] <- synthesised{wav, err}
		}
	})
	return out
}

// play plays wav at gain g; nothing once the announcer is closing.
func (a *Announcer) play(wav []byte, g float64) error {
	if a.work.Ctx().Err() != nil {
		return nil
	}
	loud, err := speech.Gain(wav, g)
	if err != nil {
		return fmt.Errorf("announce: %w", err)
	}
	return a.opts.Player.Play(a.work.Ctx(), loud)
}
