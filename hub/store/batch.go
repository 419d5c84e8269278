package store

import (
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"vuoro/hub/event"
)

// Write stores a batch of decided events, and the snapshot that goes with
// them if any, in one transaction: one commit, one sync to disk. Each
// event's Seq must be the next of the log, in order; otherwise nothing is
// written (someone else appended: ErrOutOfOrder). The batch is on disk
// when Write returns.
func (s *Store) Write(b event.Batch) error {
	if len(b.Events) == 0 && b.Snapshot == nil {
		return nil
	}
	err := s.update(func(tx *bolt.Tx) error {
		if err := putEvents(tx, b.Events); err != nil {
			return err
		}
		if b.Snapshot == nil {
			return nil
		}
		return putSnapshot(tx, *b.Snapshot)
	})
	if err != nil {
		return fmt.Errorf("store: write %d events: %w", len(b.Events), err)
	}
	return nil
}

// putEvents appends evs, each with its index entries, in tx.
func putEvents(tx *bolt.Tx, evs []event.Event) error {
	b := tx.Bucket(bucketEvents)
	b.FillPercent = appendOnly
	for _, ev := range evs {
		n, err := b.NextSequence()
		if err != nil {
			return err
		}
		if n != ev.Seq {
			return fmt.Errorf("%w: event %d given, the log's next is %d", ErrOutOfOrder, ev.Seq, n)
		}
		v, err := json.Marshal(ev)
		if err != nil {
			return err
		}
		if err := b.Put(key(n), v); err != nil {
			return err
		}
		if err := indexEvent(tx, ev); err != nil {
			return err
		}
	}
	return nil
}
