package event

import (
	"encoding/json"
	"fmt"
)

// batch is a group of decided events on its way to the log.
type batch[P any] struct {
	evs     []Event
	ps      []P
	snap    *captured     // the state at one of its events, to write once it is durable
	err     error         // why it was not written; set before written closes
	written chan struct{} // closed once durable, or failed
	done    chan struct{} // closed once observed, or failed and the state rebuilt
}

func newBatch[P any]() *batch[P] {
	return &batch[P]{written: make(chan struct{}), done: make(chan struct{})}
}

// Do runs a decision, and the commits it makes, under the lock. It
// returns once every event decided so far, its own and those its decision
// saw, is durable and observed; if one of them could not be written, it
// returns that error, whatever fn returned.
func (j *Journal[S, P]) Do(fn func(S) error) error {
	last, kind, err := j.decide(fn)
	if last == nil {
		return err
	}
	<-last.done
	switch {
	case last.err == nil:
		return err
	case kind == "":
		return fmt.Errorf("%s: decided on changes not saved: %w", j.name, last.err)
	}
	return fmt.Errorf("%s: %s not saved: %w", j.name, kind, last.err)
}

// decide runs fn under the lock; it returns the batch of the newest event
// decided by then and the kind of fn's last commit.
func (j *Journal[S, P]) decide(fn func(S) error) (*batch[P], string, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if err := j.usable(); err != nil {
		return nil, "", err
	}
	j.kind = ""
	j.hold(true)
	defer j.hold(false)
	err := fn(j.st)
	return j.last, j.kind, err
}

// hold keeps the open batch from the writer while a decision runs, and
// releases it: the writer starts on it if it is idle.
func (j *Journal[S, P]) hold(on bool) {
	j.q.Lock()
	defer j.q.Unlock()
	j.held = on
	if !on && j.open != nil && !j.writing {
		j.writing = true
		go j.write()
	}
}

// usable says why the journal takes no command, if it does not.
func (j *Journal[S, P]) usable() error {
	switch {
	case j.closed:
		return fmt.Errorf("%s: %w", j.name, ErrClosed)
	case j.stopped != nil:
		return j.stopped
	}
	return nil
}

// Commit decides one change: it checks it, applies it to the state and
// hands it to the writer. Call it only inside Do, which waits until it is
// durable; the event returned has its sequence number.
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
	ev.Seq = j.seq + 1
	// Applied before it is durable, so that the next decision sees it. If
	// it is not written, the state is rebuilt from the log.
	j.rules.Apply(j.st, ev, v)
	j.seq = ev.Seq
	if err := j.enqueue(ev, v, j.snapshotDue(ev)); err != nil {
		return Event{}, fmt.Errorf("%s: %s not saved: %w", j.name, kind, err)
	}
	j.kind = kind
	return ev, nil
}

// enqueue adds a decided event to the open batch, starting the writer if
// it is idle.
func (j *Journal[S, P]) enqueue(ev Event, v P, snap *captured) error {
	j.q.Lock()
	defer j.q.Unlock()
	if j.broken != nil {
		return fmt.Errorf("an earlier write failed: %w", j.broken)
	}
	if j.open == nil {
		j.open = newBatch[P]()
	}
	b := j.open
	b.evs, b.ps = append(b.evs, ev), append(b.ps, v)
	if snap != nil {
		b.snap = snap
	}
	j.last = b
	if !j.writing && !j.held {
		j.writing = true
		go j.write()
	}
	return nil
}

// Flush waits until every event decided so far is durable. Call it only
// inside Do, before work that needs the log to hold them (a rewrite of
// stored events); it holds the lock through a sync to disk.
func (j *Journal[S, P]) Flush() error {
	if j.last == nil {
		return nil
	}
	j.hold(false)
	<-j.last.written
	return j.last.err
}

// Close waits for the events decided so far, writes a snapshot of the
// state if events came since the last one, and refuses every later
// command. Read goes on working.
func (j *Journal[S, P]) Close() error {
	j.mu.Lock()
	if j.closed {
		j.mu.Unlock()
		return nil
	}
	j.closed = true
	last := j.last
	j.mu.Unlock()
	if last != nil {
		<-last.done
	}
	j.snapping.Wait()
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.stopped != nil || j.batch == nil || j.rules.Save == nil || j.snap.since == 0 {
		return nil
	}
	data, err := j.rules.Save(j.st)()
	if err == nil {
		err = j.batch.Write(Batch{Snapshot: &Snapshot{Seq: j.seq, Data: data}})
	}
	if err != nil {
		return fmt.Errorf("%s: snapshot at close: %w", j.name, err)
	}
	return nil
}
