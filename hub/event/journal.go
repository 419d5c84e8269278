package event

import (
	"encoding/json"
	"fmt"
	"sync"
	"time"
)

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
}

// Open replays log into st with apply and returns the journal. name
// prefixes its errors ("queue: …").
func Open[S any](name string, log Log, clock Clock, st S, apply func(S, Event) error) (*Journal[S], error) {
	j := &Journal[S]{name: name, log: log, clock: clock, st: st, apply: apply}
	err := log.Replay(0, func(ev Event) error { return apply(st, ev) })
	if err != nil {
		return nil, fmt.Errorf("%s: replay: %w", name, err)
	}
	return j, nil
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
	if ev.Seq, err = j.log.Append(ev); err != nil {
		return Event{}, fmt.Errorf("%s: %s not saved: %w", j.name, kind, err)
	}
	if err := j.apply(j.st, ev); err != nil {
		return Event{}, err // cannot happen for a change the engine decided
	}
	for _, fn := range j.observers {
		fn(ev, j.st)
	}
	return ev, nil
}
