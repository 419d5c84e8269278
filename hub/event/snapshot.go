package event

import (
	"errors"
	"fmt"
	"time"
)

// Snapshots are taken every SnapshotEvents events or SnapshotInterval,
// whichever comes first, in the batch of the event they are taken at.
const (
	SnapshotEvents   = 10_000
	SnapshotInterval = 10 * time.Minute
)

// snapPolicy counts what came since the last snapshot.
type snapPolicy struct {
	since int       // events applied since the last snapshot (or the start)
	at    time.Time // when the last snapshot was taken (or the journal started)
	next  bool      // the next event carries a snapshot, however few came
	every int       // events between snapshots
	after time.Duration
}

func newSnapPolicy(now time.Time, since int) snapPolicy {
	return snapPolicy{since: since, at: now, every: SnapshotEvents, after: SnapshotInterval}
}

// SnapshotEvery sets how often a snapshot is taken: after n events, or
// after d with at least one event. Call it before the first command.
func (j *Journal[S, P]) SnapshotEvery(n int, d time.Duration) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.snap.every, j.snap.after = n, d
}

// SnapshotNext makes the next event committed carry a snapshot of the
// state it makes. Call it only inside Do: an erasure of personal data
// calls it so that no older snapshot holding the data stays the newest.
func (j *Journal[S, P]) SnapshotNext() { j.snap.next = true }

// WaitSnapshots waits until the snapshots of the events decided so far,
// if they carry any, are written. Call it outside Do.
func (j *Journal[S, P]) WaitSnapshots() { j.snapping.Wait() }

// captured is the state at event seq, to be encoded.
type captured struct {
	seq    uint64
	encode func() ([]byte, error)
}

// snapshotDue captures the state just made by ev if a snapshot is due. It
// runs under the lock, so what it captures is exactly the state at ev;
// the snapshot is encoded and written only once ev is durable, so it is
// never ahead of the log.
func (j *Journal[S, P]) snapshotDue(ev Event) *captured {
	p := &j.snap
	p.since++
	if j.batch == nil || j.rules.Save == nil {
		return nil
	}
	if !p.next && p.since < p.every && (p.after <= 0 || ev.Time.Sub(p.at) < p.after) {
		return nil
	}
	p.since, p.at, p.next = 0, ev.Time, false
	return &captured{seq: ev.Seq, encode: j.rules.Save(j.st)}
}

// writeSnapshot encodes a captured state and writes it, outside the lock
// and beside the writer. A snapshot that cannot be written is no loss:
// the next start replays more of the log.
func (j *Journal[S, P]) writeSnapshot(c *captured) {
	defer j.snapping.Done()
	data, err := c.encode()
	if err == nil {
		_ = j.batch.Write(Batch{Snapshot: &Snapshot{Seq: c.seq, Data: data}})
	}
}

// load makes the state the log holds: from its newest snapshot and the
// events after it if it can, else by replaying every event. A snapshot
// that cannot be used (missing, damaged, of another version, or followed
// by an event its state cannot take) costs time, never data.
func (j *Journal[S, P]) load() (S, uint64, Start, error) {
	st, seq, start, err := j.fromSnapshot()
	if err == nil {
		return st, seq, start, nil
	}
	start = Start{}
	if !errors.Is(err, errNoSnapshot) {
		start.Unused = err
	}
	st = j.rules.New()
	seq, n, err := j.replay(st, 0)
	if err != nil {
		var zero S
		return zero, 0, start, fmt.Errorf("%s: replay: %w", j.name, err)
	}
	start.Replayed = n
	return st, seq, start, nil
}

var errNoSnapshot = errors.New("no snapshot")

// fromSnapshot loads the newest snapshot and replays the events after it.
// It returns the state and its last event.
func (j *Journal[S, P]) fromSnapshot() (S, uint64, Start, error) {
	var zero S
	if j.batch == nil || j.rules.Load == nil {
		return zero, 0, Start{}, errNoSnapshot
	}
	snap, ok, err := j.batch.Snapshot()
	switch {
	case err != nil:
		return zero, 0, Start{}, err
	case !ok:
		return zero, 0, Start{}, errNoSnapshot
	}
	st, err := j.rules.Load(snap.Data)
	if err != nil {
		return zero, 0, Start{}, fmt.Errorf("snapshot at event %d: %w", snap.Seq, err)
	}
	seq, n, err := j.replay(st, snap.Seq)
	if err != nil {
		return zero, 0, Start{}, fmt.Errorf("after the snapshot at event %d: %w", snap.Seq, err)
	}
	return st, seq, Start{Snapshot: snap.Seq, Replayed: n}, nil
}

// replay applies the stored events after seq to st; it returns the last
// event applied and how many were.
func (j *Journal[S, P]) replay(st S, after uint64) (uint64, int, error) {
	seq, n := after, 0
	err := j.log.Replay(after, func(ev Event) error {
		if err := j.replayOne(st, ev); err != nil {
			return err
		}
		seq, n = ev.Seq, n+1
		return nil
	})
	return seq, n, err
}

// replayOne applies one stored event, or says which event is damaged. A
// panicking applier is a damaged file too, never a crash of the hub.
func (j *Journal[S, P]) replayOne(st S, ev Event) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("event %d (%s): %v: %w", ev.Seq, ev.Kind, r, ErrDamaged)
		}
	}()
	p, err := j.rules.Take(st, ev)
	if err != nil {
		return fmt.Errorf("event %d (%s): %w: %w", ev.Seq, ev.Kind, err, ErrDamaged)
	}
	j.rules.Apply(st, ev, p)
	return nil
}
