package announce

import (
	"errors"
	"sync"
	"time"

	"vuoro/display/board"
	"vuoro/shared/speech"
)

// Defaults of Options.
const (
	DefaultMaxPending = 4
	DefaultMaxAge     = 60 * time.Second
)

// Clock tells the time; tests advance one by hand.
type Clock interface{ Now() time.Time }

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

// Options configure an Announcer; Synth and Player are required.
type Options struct {
	Synth  speech.Synth  // speech.ESpeak
	Player speech.Player // speech.Aplay, or speech.Dir
	// Settings is read at each call and each announcement: the sound on or
	// off, its volume and the languages. Nil: board.DefaultSettings.
	Settings func() board.Settings
	// ChimeOnly plays the chime and says nothing: the counter display,
	// whose screen shows the number while the queue display says it.
	ChimeOnly  bool
	Clock      Clock         // the machine's when nil
	MaxPending int           // calls waiting at most; DefaultMaxPending if 0
	MaxAge     time.Duration // a call waiting longer is dropped; DefaultMaxAge if 0
	// OnError is told of a call that could not be said; nil: none. It
	// runs on the announcer's goroutine.
	OnError func(error)
}

// Stats count what an announcer did with the calls it was given.
type Stats struct {
	Announced uint64 // chimed (and said)
	Merged    uint64 // came again while still waiting: not queued twice
	Full      uint64 // dropped, the oldest waiting, for a newer call
	Stale     uint64 // dropped, having waited longer than MaxAge
}

// pending is a call waiting to be announced, since when.
type pending struct {
	call  board.Entry
	since time.Time
}

// Announcer announces calls one after another. Make one with New, Start
// it, and Close it when done.
type Announcer struct {
	opts Options
	work *speech.Worker

	mu      sync.Mutex
	waiting []pending
	stats   Stats
}

// New returns an announcer that announces nothing until Start.
func New(o Options) (*Announcer, error) {
	if o.Synth == nil || o.Player == nil {
		return nil, errors.New("announce: Options need a Synth and a Player")
	}
	if o.Settings == nil {
		o.Settings = board.DefaultSettings
	}
	if o.Clock == nil {
		o.Clock = systemClock{}
	}
	if o.MaxPending <= 0 {
		o.MaxPending = DefaultMaxPending
	}
	if o.MaxAge <= 0 {
		o.MaxAge = DefaultMaxAge
	}
	if o.OnError == nil {
		o.OnError = func(error) {}
	}
	return &Announcer{opts: o, work: speech.NewWorker()}, nil
}

// Announce queues a call (a new call or a recall); it never blocks and
// never cuts off the call being announced. With the sound off it does
// nothing. A call already waiting is not queued twice; when MaxPending
// calls wait, the oldest of them is dropped for this one.
func (a *Announcer) Announce(c board.Entry) {
	if !audible(a.opts.Settings()) {
		return
	}
	now := a.opts.Clock.Now()
	a.mu.Lock()
	if a.merge(c, now) {
		a.mu.Unlock()
		return
	}
	if len(a.waiting) >= a.opts.MaxPending {
		a.waiting = a.waiting[1:]
		a.stats.Full++
	}
	a.waiting = append(a.waiting, pending{c, now})
	a.mu.Unlock()
	a.work.Wake()
}

// merge refreshes c if it is waiting already and reports whether it was.
func (a *Announcer) merge(c board.Entry, now time.Time) bool {
	for i := range a.waiting {
		if a.waiting[i].call == c {
			a.waiting[i].since = now
			a.stats.Merged++
			return true
		}
	}
	return false
}

// Stats returns what the announcer did so far.
func (a *Announcer) Stats() Stats {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.stats
}

// audible reports whether the settings let a call be heard.
func audible(s board.Settings) bool { return s.Sound && s.Volume > 0 }
