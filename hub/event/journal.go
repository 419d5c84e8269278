package event

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

// ErrDamaged is returned by Open when the log holds an event its state
// cannot take: the data file is damaged or was written by another program.
var ErrDamaged = errors.New("the data file is damaged; restore it from backup")

// ErrClosed is returned by Do after Close.
var ErrClosed = errors.New("the journal is closed")

// Rules say how a state S takes events, through their decoded payload P.
// Take decodes an event and checks, without changing the state, that the
// state can take it; Apply changes the state by what Take made of the
// event, and never fails on it. A journal takes every event before it is
// appended and before a stored one is replayed, so it never appends an
// event it could not read back, reports a stored event it cannot take as
// ErrDamaged, and decodes each event once.
//
// New makes the empty state a replay starts from. Save and Load, if both
// are set, keep the state in snapshots: Save captures the state, under the
// lock and quickly (a copy), and returns the function that encodes what it
// captured, which runs outside the lock; Load decodes a snapshot, failing
// on one it cannot vouch for (another version), and the journal then
// replays the whole log.
type Rules[S, P any] struct {
	Take  func(S, Event) (P, error)
	Apply func(S, Event, P)
	New   func() S
	Save  func(S) func() ([]byte, error)
	Load  func([]byte) (S, error)
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
// decoded as P. The hub's engines (queues, vouchers) are journals with
// their commands.
//
// Writing (group commit): a command is decided against the state, and the
// event it makes applied, under the journal's lock, which it holds for
// microseconds; the event then joins the batch a writer goroutine writes
// to the log in one transaction with one sync to disk, outside the lock.
// Commands decided while a batch is being written form the next batch.
// The command's caller is answered once its event is durable and
// observed.
//
// Reading: Read holds the lock shared, so it never waits for a disk. What
// it sees is the decided state: it may include events whose batch is
// still being written (for the time of one sync). Observers see only
// durable events, in log order.
//
// A failed write fails every command of its batch, and every command
// decided after it; the journal then rebuilds its state from the log (its
// snapshot and the events after it), so the state is again what the log
// makes, as PostgreSQL treats a failed fsync. If the log cannot be read
// back either, the journal stops: every later command fails until the hub
// is restarted.
type Journal[S, P any] struct {
	name  string // the owning package, for errors
	log   Log
	batch BatchLog // log, if it writes batches and keeps snapshots
	clock Clock
	rules Rules[S, P]
	start Start

	mu        sync.RWMutex // deciders hold it exclusively; readers and observers shared
	st        S
	seq       uint64 // the last event applied
	observers []func(Event, P, S)
	last      *batch[P] // the batch of the newest event decided
	kind      string    // the kind of the running Do's last commit
	snap      snapPolicy
	closed    bool
	stopped   error // the log could not be read back after a failed write

	q       sync.Mutex // guards the fields below, shared with the writer
	open    *batch[P]  // the batch taking commits; nil if none
	writing bool       // the writer goroutine runs
	// held keeps the open batch from the writer while a decision runs, so
	// that every event of one Do is written in one transaction: a Do that
	// commits several events (an import) is saved whole or not at all.
	held      bool
	broken    error       // a write failed and the state is not yet rebuilt
	observing bool        // the observer goroutine runs
	written   []*batch[P] // durable batches waiting for their observers
	commits   []func(Commit)

	failed   atomic.Int64   // when a write last failed, Unix nanoseconds
	snapping sync.WaitGroup // snapshots being encoded and written
}

// Start says how a journal's state was loaded.
type Start struct {
	Snapshot uint64 // the event the snapshot loaded was taken at; 0 if none was
	Replayed int    // events replayed from the log
	Unused   error  // why a stored snapshot was not used, if one was not
}

// Open loads the state the log makes by rules, from the log's newest
// snapshot and the events after it when it has a usable one, and returns
// the journal. name prefixes its errors ("queue: …").
func Open[S, P any](name string, log Log, clock Clock, rules Rules[S, P]) (*Journal[S, P], error) {
	j := &Journal[S, P]{name: name, log: log, clock: clock, rules: rules}
	j.batch, _ = log.(BatchLog)
	st, seq, start, err := j.load()
	if err != nil {
		return nil, err
	}
	j.st, j.seq, j.start = st, seq, start
	j.snap = newSnapPolicy(clock.Now(), start.Replayed)
	return j, nil
}

// Started says how the state was loaded at Open.
func (j *Journal[S, P]) Started() Start { return j.start }

// Now is the journal's clock.
func (j *Journal[S, P]) Now() time.Time { return j.clock.Now() }

// Observe registers fn to be called after every durable event, in log
// order, with its decoded payload and the journal's state. The state has
// the event applied, and may have later events too: those decided since.
// fn runs under the lock, shared: it must not block or call the journal.
func (j *Journal[S, P]) Observe(fn func(Event, P, S)) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.observers = append(j.observers, fn)
}

// Read calls fn with the decided state under the lock, shared; fn must
// not keep it or change it.
func (j *Journal[S, P]) Read(fn func(S)) {
	j.mu.RLock()
	defer j.mu.RUnlock()
	fn(j.st)
}

// FailedAt is when a write to the log last failed; zero if never. While
// the journal is stopped, it is now: every write fails.
func (j *Journal[S, P]) FailedAt() time.Time {
	j.mu.RLock()
	stopped := j.stopped != nil
	j.mu.RUnlock()
	if stopped {
		return j.clock.Now()
	}
	if n := j.failed.Load(); n != 0 {
		return time.Unix(0, n).UTC()
	}
	return time.Time{}
}
