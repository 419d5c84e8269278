package store

import (
	"bytes"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"vuoro/hub/event"
)

// bucketPending holds what the file owes: its key compact says that events
// were redacted since the file was last compacted.
var (
	bucketPending = []byte("pending")
	keyCompact    = []byte("compact")
)

// Redact rewrites the stored events seqs in one transaction: fn gets each
// event as it is stored and returns it as it is to be kept, with personal
// data removed. Only the payload may change; the sequence number, time,
// actor and kind stay. Redact returns how many events changed.
//
// The log is append-only to everyone else: Redact is for erasing personal
// data whose retention period is over. The old bytes stay in the file's
// free pages until Compact; until then Redacted reports true, also after
// a restart.
func (s *Store) Redact(seqs []uint64, fn func(event.Event) (event.Event, error)) (int, error) {
	changed := 0
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketEvents)
		for _, seq := range seqs {
			v := b.Get(key(seq))
			if v == nil {
				return fmt.Errorf("event %d: %w", seq, ErrNotFound)
			}
			nv, err := rewrite(v, fn)
			if err != nil {
				return fmt.Errorf("event %d: %w", seq, err)
			}
			if bytes.Equal(v, nv) {
				continue
			}
			if err := b.Put(key(seq), nv); err != nil {
				return err
			}
			changed++
		}
		if changed == 0 {
			return nil
		}
		p, err := tx.CreateBucketIfNotExists(bucketPending)
		if err != nil {
			return err
		}
		return p.Put(keyCompact, []byte{1})
	})
	if err != nil {
		return 0, fmt.Errorf("store: redact: %w", err)
	}
	return changed, nil
}

// rewrite decodes a stored event, passes it through fn, and encodes what
// fn returns, refusing any change but the payload's.
func rewrite(v []byte, fn func(event.Event) (event.Event, error)) ([]byte, error) {
	var old event.Event
	if err := json.Unmarshal(v, &old); err != nil {
		return nil, err
	}
	ev, err := fn(old)
	if err != nil {
		return nil, err
	}
	if ev.Seq != old.Seq || !ev.Time.Equal(old.Time) || ev.Actor != old.Actor || ev.Kind != old.Kind {
		return nil, ErrNotPayload
	}
	if bytes.Equal(ev.Payload, old.Payload) {
		return v, nil
	}
	return json.Marshal(ev)
}

// Redacted reports whether events were redacted since the file was last
// compacted: their old bytes may still be in it.
func (s *Store) Redacted() (bool, error) {
	var yes bool
	err := s.view(func(tx *bolt.Tx) error {
		if p := tx.Bucket(bucketPending); p != nil {
			yes = p.Get(keyCompact) != nil
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("store: %w", err)
	}
	return yes, nil
}
