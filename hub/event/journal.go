package event

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"
)

// ErrDamaged is returned by Open when the log holds an event its state
// cannot take: the data file is damaged or was written by another program.
var ErrDamaged = errors.New("the data file is damaged; restore it from backup")

// Checker is a state that can tell, before an event is appended or
// replayed, whether it could take it. A Journal whose state is a Checker
// never appends an event it could not apply, and reports a stored event it
// could not apply as ErrDamaged instead of applying it.
type Checker interface {
	Check(Event) error
}

// Log is the durable, append-only event log; *store.Store is one.
type Log interface {
	// Append stores ev durably and returns its sequence number.
	Append(ev Event) (uint64, error)
	// Replay calls fn with every event after seq, in order.
	Replay(after uint64, fn func(Event) error) error
}

// Clock tells the time.
type Clock interface{ Now() time.Time }

// Journal keeps a state S that is made by events alone. Every change is
// decided against the state, written to the log, and only then applied,
// all under one lock; on Open the state is rebuilt by replaying the log.
// The hub's engines (queues, vouchers) are journals with their commands.
type Journal[S any] struct {
	name      string // the owning package, for errors
	mu        sync.Mutex
	log       Log
	clock     Clock
	st        S
	apply     func(S, Event) error
	observers []func(Event, S)
	failed    time.Time // when an append last failed
}

// Open replays log into st with apply and returns the journal. name
// prefixes its errors ("queue: …").
func Open[S any](name string, log Log, clock Clock, st S, apply func(S, Event) error) (*Journal[S], error) {
	j := &Journal[S]{name: name, log: log, clock: clock, st: st, apply: apply}
	if err := log.Replay(0, j.replay); err != nil {
		return nil, fmt.Errorf("%s: replay: %w", name, err)
	}
	return j, nil
}

// replay applies one stored event, or says which event is damaged. A
// panicking applier is a damaged file too, never a crash of the hub.
func (j *Journal[S]) replay(ev Event) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("event %d (%s): %v: %w", ev.Seq, ev.Kind, r, ErrDamaged)
		}
	}()
	if err := j.check(ev); err != nil {
		return fmt.Errorf("event %d (%s): %w: %w", ev.Seq, ev.Kind, err, ErrDamaged)
	}
	if err := j.apply(j.st, ev); err != nil {
		return fmt.Errorf("event %d (%s): %w: %w", ev.Seq, ev.Kind, err, ErrDamaged)
	}
	return nil
}

func (j *Journal[S]) check(ev Event) error {
	if c, ok := any(j.st).(Checker); ok {
		return c.Check(ev)
	}
	return nil
}

// Now is the journal's clock.
func (j *Journal[S]) Now() time.Time { return j.clock.Now() }

// Observe registers fn to be called after every committed event, in log
// order, with the state it made. fn runs under the lock: it must not block
// or call the journal.
func (j *Journal[S]) Observe(fn func(Event, S)) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.observers = append(j.observers, fn)
}

// Read calls fn with the state under the lock; fn must not keep it.
func (j *Journal[S]) Read(fn func(S)) {
	j.mu.Lock()
	defer j.mu.Unlock()
	fn(j.st)
}

// FailedAt is when an append to the log last failed; zero if never.
func (j *Journal[S]) FailedAt() time.Time {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.failed
}

// Do runs a decision, and the commits it makes, under the lock.
func (j *Journal[S]) Do(fn func(S) error) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	return fn(j.st)
}

// Commit writes one decided change and applies it. Call it only inside Do.
func (j *Journal[S]) Commit(actor, kind string, payload any) (Event, error) {
	p, err := json.Marshal(payload)
	if err != nil {
		return Event{}, fmt.Errorf("%s: encode %s: %w", j.name, kind, err)
	}
	ev := Event{Time: j.clock.Now().UTC(), Actor: actor, Kind: kind, Payload: p}
	if err := j.check(ev); err != nil {
		return Event{}, fmt.Errorf("%s: %s refused before saving: %w", j.name, kind, err)
	}
	if ev.Seq, err = j.log.Append(ev); err != nil {
		j.failed = ev.Time
		return Event{}, fmt.Errorf("%s: %s not saved: %w", j.name, kind, err)
	}
	if err := j.apply(j.st, ev); err != nil {
		return Event{}, err // cannot happen for a change the check let through
	}
	for _, fn := range j.observers {
		fn(ev, j.st)
	}
	return ev, nil
}
