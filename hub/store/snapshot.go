package store

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"slices"

	bolt "go.etcd.io/bbolt"

	"vuoro/hub/event"
)

// bucketSnapshots holds the newest snapshot of the state the log makes,
// keyed by the sequence number of the last event it includes, its bytes
// followed by their CRC-32. Only the newest is kept; the log stays the
// truth.
var bucketSnapshots = []byte("snapshots")

// putSnapshot replaces the stored snapshot with snap, in tx, unless the
// stored one is newer (snapshots are written beside the log's batches).
func putSnapshot(tx *bolt.Tx, snap event.Snapshot) error {
	if b := tx.Bucket(bucketSnapshots); b != nil {
		if k, _ := b.Cursor().Last(); k != nil && len(k) == 8 && binary.BigEndian.Uint64(k) > snap.Seq {
			return nil
		}
		if err := tx.DeleteBucket(bucketSnapshots); err != nil {
			return err
		}
	}
	b, err := tx.CreateBucket(bucketSnapshots)
	if err != nil {
		return err
	}
	return b.Put(key(snap.Seq), binary.BigEndian.AppendUint32(slices.Clip(snap.Data), crc32.ChecksumIEEE(snap.Data)))
}

// Snapshot returns the newest stored snapshot; ok is false if there is
// none, or if the log does not hold the event it was taken at (a file
// put together from parts): a snapshot is only ever a shortcut.
func (s *Store) Snapshot() (snap event.Snapshot, ok bool, err error) {
	defer func() {
		if p := recover(); p != nil { // bbolt panics on a damaged page
			snap, ok, err = event.Snapshot{}, false, fmt.Errorf("%w: reading the snapshot: %v", ErrDamaged, p)
		}
	}()
	err = s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSnapshots)
		if b == nil {
			return nil
		}
		k, v := b.Cursor().Last()
		if k == nil || len(k) != 8 {
			return nil
		}
		seq := binary.BigEndian.Uint64(k)
		if tx.Bucket(bucketEvents).Get(k) == nil {
			return nil
		}
		if len(v) < 4 || crc32.ChecksumIEEE(v[:len(v)-4]) != binary.BigEndian.Uint32(v[len(v)-4:]) {
			return fmt.Errorf("%w: the snapshot at event %d fails its checksum", ErrDamaged, seq)
		}
		snap, ok = event.Snapshot{Seq: seq, Data: append([]byte(nil), v[:len(v)-4]...)}, true
		return nil
	})
	if err != nil {
		return event.Snapshot{}, false, fmt.Errorf("store: read snapshot: %w", err)
	}
	return snap, ok, nil
}

// DropSnapshot removes the stored snapshot; the next start replays the
// whole log.
func (s *Store) DropSnapshot() error {
	err := s.update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketSnapshots) == nil {
			return nil
		}
		return tx.DeleteBucket(bucketSnapshots)
	})
	if err != nil {
		return fmt.Errorf("store: drop snapshot: %w", err)
	}
	return nil
}
