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

// Rules say how a state S takes events, through their decoded payload P.
// Take decodes an event and checks, without changing the state, that the
// state can take it; Apply changes the state by what Take made of the
// event, and never fails on it. A journal takes every event before it is
// appended and before a stored one is replayed, so it never appends an
// event it could not read back, reports a stored event it cannot take as
// ErrDamaged, and decodes each event once.
type Rules[S, P any] struct {
	Take  func(S, Event) (P, error)
	Apply func(S, Event, P)
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

// Journal keeps a state S that is made by events alone, their payloads
// decoded as P. Every change is decided against the state, written to the
// log, and only then applied, all under one lock; on Open the state is
// rebuilt by replaying the log.
// The hub's engines (queues, vouchers) are journals with their commands.
type Journal[S, P any] struct {
	name      string // the owning package, for errors
	mu        sync.Mutex
	log       Log
	clock     Clock
	st        S
	rules     Rules[S, P]
	observers []func(Event, P, S)
	failed    time.Time // when an append last failed
}

// Open replays log into st by rules and returns the journal. name
// prefixes its errors ("queue: …").
func Open[S, P any](name string, log Log, clock Clock, st S, rules Rules[S, P]) (*Journal[S, P], error) {
	j := &Journal[S, P]{name: name, log: log, clock: clock, st: st, rules: rules}
	if err := log.Replay(0, j.replay); err != nil {
		return nil, fmt.Errorf("%s: replay: %w", name, err)
	}
	return j, nil
}

// replay applies one stored event, or says which event is damaged. A
// panicking applier is a damaged file too, never a crash of the hub.
func (j *Journal[S, P]) replay(ev Event) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("event %d (%s): %v: %w", ev.Seq, ev.Kind, r, ErrDamaged)
		}
	}()
	p, err := j.rules.Take(j.st, ev)
	if err != nil {
		return fmt.Errorf("event %d (%s): %w: %w", ev.Seq, ev.Kind, err, ErrDamaged)
	}
	j.rules.Apply(j.st, ev, p)
	return nil
}

// Now is the journal's clock.
func (j *Journal[S, P]) Now() time.Time { return j.clock.Now() }

// Observe registers fn to be called after every committed event, in log
// order, with its decoded payload and the state it made. fn runs under the lock: it must not block
// or call the journal.
func (j *Journal[S, P]) Observe(fn func(Event, P, S)) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.observers = append(j.observers, fn)
}

// Read calls fn with the state under the lock; fn must not keep it.
func (j *Journal[S, P]) Read(fn func(S)) {
	j.mu.Lock()
	defer j.mu.Unlock()
	fn(j.st)
}

// FailedAt is when an append to the log last failed; zero if never.
func (j *Journal[S, P]) FailedAt() time.Time {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.failed
}

// Do runs a decision, and the commits it makes, under the lock.
func (j *Journal[S, P]) Do(fn func(S) error) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	return fn(j.st)
}

// Commit writes one decided change and applies it. Call it only inside Do.
func (j *Journal[S, P]) Commit(actor, kind string, payload any) (Event, error) {
	p, err := json.Marshal(payload)
	if err != nil {
		return Event{}, fmt.Errorf("%s: encode %s: %w", j.name, kind, err)
	}
	ev := Event{Time: j.clock.Now().UTC(), Actor: actor, Kind: kind, Payload: p}
	v, err := j.rules.Take(j.st, ev)
	if err != nil {
		return Event{}, fmt.Errorf("%s: %s refused before saving: %w", j.name, kind, err)
	}
	if ev.Seq, err = j.log.Append(ev); err != nil {
		j.failed = ev.Time
		return Event{}, fmt.Errorf("%s: %s not saved: %w", j.name, kind, err)
	}
	j.rules.Apply(j.st, ev, v)
	for _, fn := range j.observers {
		fn(ev, v, j.st)
	}
	return ev, nil
}
