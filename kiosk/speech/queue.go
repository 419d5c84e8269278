package speech

import (
	"context"
	"errors"
	"sync"

	"vuoro/shared/speech"
)

// Utterance is one thing to say.
type Utterance struct {
	Lang  string // "fi", "sv", "en"
	Text  string
	Sound Sound // played before the text
	Flush bool  // drop what is queued and stop what is being said
}

// Options configure a Queue; Synth and Player are required.
type Options struct {
	Synth  speech.Synth  // speech.ESpeak
	Player speech.Player // speech.Aplay or speech.Dir
	// OnError is told of an utterance that could not be said; nil: none.
	// It runs on the queue's goroutine.
	OnError func(error)
}

// Queue says utterances one after another on a goroutine of its own.
// Make one with New, Start it, and Close it when done.
type Queue struct {
	opts Options
	work *speech.Worker

	mu      sync.Mutex
	pending []Utterance
	stop    context.CancelFunc // stops what is being said
}

// New returns a queue that says nothing until Start.
func New(o Options) (*Queue, error) {
	if o.Synth == nil || o.Player == nil {
		return nil, errors.New("speech: Options need a Synth and a Player")
	}
	if o.OnError == nil {
		o.OnError = func(error) {}
	}
	return &Queue{opts: o, work: speech.NewWorker()}, nil
}

// Say queues u; it never blocks. A Flush utterance first drops every
// queued one and stops the one being said.
func (q *Queue) Say(u Utterance) {
	q.mu.Lock()
	if u.Flush {
		q.pending = q.pending[:0]
		if q.stop != nil {
			q.stop()
		}
	}
	q.pending = append(q.pending, u)
	q.mu.Unlock()
	q.work.Wake()
}

// Start says the queued utterances until Close.
func (q *Queue) Start() { q.work.Start(q.sayNext) }

// Close stops speaking and waits for the queue's goroutine.
func (q *Queue) Close() { q.work.Close() }

// sayNext says the first queued utterance; false when none was queued.
func (q *Queue) sayNext() bool {
	q.mu.Lock()
	if len(q.pending) == 0 || q.work.Ctx().Err() != nil {
		q.mu.Unlock()
		return false
	}
	u := q.pending[0]
	q.pending = q.pending[1:]
	ctx, stop := context.WithCancel(q.work.Ctx())
	q.stop = stop
	q.mu.Unlock()
	defer stop()
	if err := q.say(ctx, u); err != nil {
		q.opts.OnError(err)
	}
	return true
}

func (q *Queue) say(ctx context.Context, u Utterance) error {
	if tone := Tone(u.Sound); tone != nil {
		if err := q.opts.Player.Play(ctx, tone); err != nil {
			return err
		}
	}
	if u.Text == "" || ctx.Err() != nil {
		return nil
	}
	wav, err := q.opts.Synth.Synth(ctx, u.Lang, u.Text)
	if err != nil {
		if ctx.Err() != nil {
			return nil // cut off by a newer screen
		}
		return err
	}
	return q.opts.Player.Play(ctx, wav)
}
