package store

import (
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"vuoro/hub/event"
)

// Import appends evs in one transaction, with one sync to disk, as a
// bulk load does (a benchmark's generated year). Each event's Seq must be
// 0 or the sequence number it gets, so a log built ahead of the store
// keeps its references.
func (s *Store) Import(evs []event.Event) error {
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketEvents)
		for _, ev := range evs {
			n, err := b.NextSequence()
			if err != nil {
				return err
			}
			if ev.Seq != 0 && ev.Seq != n {
				return fmt.Errorf("event %d would be stored as %d", ev.Seq, n)
			}
			ev.Seq = n
			v, err := json.Marshal(ev)
			if err != nil {
				return err
			}
			if err := b.Put(key(n), v); err != nil {
				return err
			}
			if err := s.index(tx, ev); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: import: %w", err)
	}
	return nil
}
