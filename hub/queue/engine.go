package queue

import (
	"time"

	"vuoro/hub/event"
)

// Log is the durable, append-only event log the engine writes to.
type Log = event.Log

// Clock tells the time.
type Clock = event.Clock

// Engine runs the queues of one site. It is safe for concurrent use: every
// command is decided and applied under one lock, so two clerks calling at
// the same instant are served one after the other, and answered once its
// event is on disk; the commands decided while the disk syncs are written
// together (event.Journal).
type Engine struct {
	j      *event.Journal[*State, Payload]
	tokens followTokens // under j's lock, taken by do
}

// Open loads the state the log makes, from its snapshot and the events
// after it when it has a usable one, and returns the engine.
func Open(log Log, clock Clock) (*Engine, error) {
	j, err := event.Open("queue", log, clock, rules)
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

// Observe registers fn to be called after every event on disk, in log
// order, with its decoded payload and the state: the state the event made,
// or a later one (commands decided since). fn runs under the engine's
// lock, shared: it must not block or call the engine.
func (e *Engine) Observe(fn func(event.Event, Payload, *State)) { e.j.Observe(fn) }

// OnCommit registers fn to be called after each group of events is
// written to the data file, with its size and how long the write took
// (the hub's commit latency metric). fn must be quick.
func (e *Engine) OnCommit(fn func(event.Commit)) { e.j.OnCommit(fn) }

// Read calls fn with the current state under the engine's lock, shared:
// it never waits for the disk. The state may hold a command's event while
// it is being written; if the write fails, the state is rebuilt without it.
func (e *Engine) Read(fn func(*State)) { e.j.Read(fn) }

// WriteFailedAt is when the engine last failed to save an event (a full
// or failing disk); zero if it never did.
func (e *Engine) WriteFailedAt() time.Time { return e.j.FailedAt() }

func (e *Engine) do(fn func(*State) error) error { return e.j.Do(fn) }

// commit writes p as an event of its kind and applies it.
func (e *Engine) commit(actor string, p Payload) (event.Event, error) {
	return e.j.Commit(actor, p.Kind(), p)
}

func (e *Engine) now() time.Time { return e.j.Now() }
