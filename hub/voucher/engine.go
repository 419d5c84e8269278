package voucher

import (
	"time"

	"vuoro/hub/event"
)

// Log is the durable, append-only event log; *store.Store is one.
type Log = event.Log

// Clock tells the time.
type Clock = event.Clock

// Engine decides, logs and applies every change under one lock.
type Engine struct {
	j *event.Journal[*State, Payload]
}

// Open rebuilds the state by replaying log and returns the engine.
func Open(log Log, clock Clock) (*Engine, error) {
	j, err := event.Open("voucher", log, clock, newState(), event.Rules[*State, Payload]{Take: (*State).take, Apply: (*State).apply})
	if err != nil {
		return nil, err
	}
	return &Engine{j: j}, nil
}

// Read calls fn with the current state under the engine's lock; fn must
// not keep it.
func (e *Engine) Read(fn func(*State)) { e.j.Read(fn) }

// Now is the engine's clock.
func (e *Engine) Now() time.Time { return e.j.Now() }

// commit writes p as an event of its kind and applies it.
func (e *Engine) commit(actor string, p Payload) (event.Event, error) {
	return e.j.Commit(actor, p.Kind(), p)
}

func (e *Engine) do(fn func(*State) error) error { return e.j.Do(fn) }
