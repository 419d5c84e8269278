package queue

import (
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"vuoro/hub/event"
)

// Log is the durable, append-only event log the engine writes to.
type Log interface {
	// Append stores ev durably and returns its sequence number.
	Append(ev event.Event) (uint64, error)
	// Replay calls fn with every event after seq, in order.
	Replay(after uint64, fn func(event.Event) error) error
}

// Clock tells the time.
type Clock interface{ Now() time.Time }

// Engine runs the queues of one site. It is safe for concurrent use: every
// command is decided, logged and applied under one lock, so two clerks
// calling at the same instant are served one after the other.
type Engine struct {
	mu        sync.Mutex
	log       Log
	clock     Clock
	st        *State
	observers []func(event.Event, *State)
}

// Open rebuilds the state by replaying log and returns the engine.
func Open(log Log, clock Clock) (*Engine, error) {
	e := &Engine{log: log, clock: clock, st: newState()}
	if err := log.Replay(0, e.st.apply); err != nil {
		return nil, fmt.Errorf("queue: replay: %w", err)
	}
	return e, nil
}

// Observe registers fn to be called after every committed event, in log
// order, with the state it made. fn runs under the engine's lock: it must
// not block or call the engine.
func (e *Engine) Observe(fn func(event.Event, *State)) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.observers = append(e.observers, fn)
}

// Read calls fn with the current state under the engine's lock.
func (e *Engine) Read(fn func(*State)) {
	e.mu.Lock()
	defer e.mu.Unlock()
	fn(e.st)
}

// commit writes one decided change and applies it. Callers hold e.mu.
func (e *Engine) commit(actor, kind string, payload any) (event.Event, error) {
	p, err := json.Marshal(payload)
	if err != nil {
		return event.Event{}, fmt.Errorf("queue: encode %s: %w", kind, err)
	}
	ev := event.Event{Time: e.clock.Now().UTC(), Actor: actor, Kind: kind, Payload: p}
	if ev.Seq, err = e.log.Append(ev); err != nil {
		return event.Event{}, fmt.Errorf("queue: %s not saved: %w", kind, err)
	}
	if err := e.st.apply(ev); err != nil {
		return event.Event{}, err // cannot happen for a change the engine decided
	}
	for _, fn := range e.observers {
		fn(ev, e.st)
	}
	return ev, nil
}

// do runs a decision and its commit under the lock.
func (e *Engine) do(fn func(*State) error) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return fn(e.st)
}
