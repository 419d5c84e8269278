package voucher

import (
	"time"

	"vuoro/hub/event"
)

// Log is the durable, append-only event log; *store.Store is one.
type Log = event.Log

// Clock tells the time.
type Clock = event.Clock

// Engine decides and applies every change under one lock, and answers it
// once it is on disk (event.Journal).
type Engine struct {
	j *event.Journal[*State, Payload]
}

// Open loads the state the log makes, from its snapshot and the events
// after it when it has a usable one, and returns the engine.
func Open(log Log, clock Clock) (*Engine, error) {
	j, err := event.Open("voucher", log, clock, rules)
	if err != nil {
		return nil, err
	}
	return &Engine{j: j}, nil
}

// rules are how the engine's state takes events and is kept in snapshots.
var rules = event.Rules[*State, Payload]{Take: (*State).take, Apply: (*State).apply, New: newState,
	Save: (*State).capture, Load: decodeState}

// Close writes a snapshot of the state, once every command decided is
// durable, and refuses every later command. Read goes on working.
func (e *Engine) Close() error { return e.j.Close() }

// Started says how the state was loaded: from which snapshot, and how
// many events were replayed.
func (e *Engine) Started() event.Start { return e.j.Started() }

// OnCommit registers fn to be called after each group of events is
// written to the data file, with its size and how long the write took
// (the hub's commit latency metric). fn must be quick.
func (e *Engine) OnCommit(fn func(event.Commit)) { e.j.OnCommit(fn) }

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
