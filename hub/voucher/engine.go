package voucher

import (
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"vuoro/hub/event"
)

// Log is the durable, append-only event log; *store.Store is one.
type Log interface {
	Append(ev event.Event) (uint64, error)
	Replay(after uint64, fn func(event.Event) error) error
}

// Clock tells the time.
type Clock interface{ Now() time.Time }

// Engine decides, logs and applies every change under one lock.
type Engine struct {
	mu    sync.Mutex
	log   Log
	clock Clock
	st    *State
}

// Open rebuilds the state by replaying log and returns the engine.
func Open(log Log, clock Clock) (*Engine, error) {
	e := &Engine{log: log, clock: clock, st: newState()}
	if err := log.Replay(0, e.st.apply); err != nil {
		return nil, fmt.Errorf("voucher: replay: %w", err)
	}
	return e, nil
}

// Read calls fn with the current state under the engine's lock; fn must
// not keep it.
func (e *Engine) Read(fn func(*State)) {
	e.mu.Lock()
	defer e.mu.Unlock()
	fn(e.st)
}

// Now is the engine's clock.
func (e *Engine) Now() time.Time { return e.clock.Now() }

// commit writes one decided change and applies it. Callers hold e.mu.
func (e *Engine) commit(actor, kind string, payload any) (event.Event, error) {
	p, err := json.Marshal(payload)
	if err != nil {
		return event.Event{}, fmt.Errorf("voucher: encode %s: %w", kind, err)
	}
	ev := event.Event{Time: e.clock.Now().UTC(), Actor: actor, Kind: kind, Payload: p}
	if ev.Seq, err = e.log.Append(ev); err != nil {
		return event.Event{}, fmt.Errorf("voucher: %s not saved: %w", kind, err)
	}
	return ev, e.st.apply(ev)
}

// do runs a decision and its commit under the lock.
func (e *Engine) do(fn func(*State) error) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return fn(e.st)
}
