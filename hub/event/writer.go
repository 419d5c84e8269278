package event

import (
	"fmt"
)

// write is the writer goroutine: it writes the open batch, one at a time,
// until there is none, and hands each durable batch to the observers.
func (j *Journal[S, P]) write() {
	for {
		j.q.Lock()
		b := j.open
		if b == nil || j.held {
			j.writing = false
			j.q.Unlock()
			return
		}
		j.open = nil
		j.q.Unlock()
		if err := j.timedStore(b); err != nil {
			j.fail(b, err)
			continue
		}
		if b.snap != nil {
			j.snapping.Add(1) // before the batch is answered: Close waits for it
			go j.writeSnapshot(b.snap)
		}
		close(b.written)
		j.toObservers(b)
	}
}

// store writes b to the log: in one transaction if the log writes batches,
// else event by event.
func (j *Journal[S, P]) store(b *batch[P]) error {
	if j.batch != nil {
		return j.batch.Write(Batch{Events: b.evs})
	}
	for _, ev := range b.evs {
		seq, err := j.log.Append(ev)
		if err != nil {
			return err
		}
		if seq != ev.Seq {
			return fmt.Errorf("the log stored event %d as %d: another writer appended", ev.Seq, seq)
		}
	}
	return nil
}

// toObservers queues a durable batch for the observer goroutine, starting
// it if it is idle. Observers run apart from the writer, so that a Do
// holding the lock through Flush never waits for them.
func (j *Journal[S, P]) toObservers(b *batch[P]) {
	j.q.Lock()
	defer j.q.Unlock()
	j.written = append(j.written, b)
	if !j.observing {
		j.observing = true
		go j.observe()
	}
}

// observe is the observer goroutine: it calls the observers with every
// durable event, in log order, and then answers the batch's callers.
func (j *Journal[S, P]) observe() {
	for {
		j.q.Lock()
		if len(j.written) == 0 {
			j.observing = false
			j.q.Unlock()
			return
		}
		b := j.written[0]
		j.written = j.written[1:]
		j.q.Unlock()
		j.mu.RLock()
		for i, ev := range b.evs {
			for _, fn := range j.observers {
				fn(ev, b.ps[i], j.st)
			}
		}
		j.mu.RUnlock()
		close(b.done)
	}
}

// fail fails batch b, whose write failed with err, and every batch decided
// after it, and rebuilds the state from the log.
func (j *Journal[S, P]) fail(b *batch[P], err error) {
	j.failed.Store(j.clock.Now().UnixNano())
	j.q.Lock()
	j.broken = err
	failed := []*batch[P]{b}
	if j.open != nil {
		j.open.err = fmt.Errorf("an earlier write failed: %w", err)
		failed = append(failed, j.open)
		j.open = nil
	}
	j.q.Unlock()
	b.err = err
	for _, f := range failed {
		close(f.written) // a Do in Flush lets go of the lock
	}
	j.mu.Lock()
	j.rebuild()
	j.last = nil
	j.q.Lock()
	j.broken = nil
	j.q.Unlock()
	j.mu.Unlock()
	for _, f := range failed {
		close(f.done)
	}
}

// rebuild loads the state again from the log, dropping what was decided
// but not written. If the log cannot be read, the journal stops.
func (j *Journal[S, P]) rebuild() {
	st, seq, start, err := j.load()
	if err != nil {
		j.stopped = fmt.Errorf("%s: stopped: a write failed and the log could not be read back (restart the hub): %w", j.name, err)
		return
	}
	j.st, j.seq = st, seq
	j.snap.since, j.snap.at, j.snap.next = start.Replayed, j.clock.Now(), false
}
