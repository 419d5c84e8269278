package store

import (
	"encoding/json"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"vuoro/hub/event"
)

// indexVersion names the layout of the indexes: a file whose indexes have
// another layout, or none, has them built again when it is opened.
const indexVersion = "1"

var keyIndexVersion = []byte("index")

// indexChunk is how many events one transaction of a build indexes
// (a variable for the tests).
var indexChunk = 20000

// buildIndex brings the indexes up to the log: once for a file written
// before they existed, and for the events a hub without them appended
// since.
func buildIndex(db *bolt.DB) error {
	from, err := unindexedFrom(db)
	for err == nil && from != 0 {
		err = db.Update(func(tx *bolt.Tx) error {
			from, err = indexFrom(tx, from)
			return err
		})
	}
	if err != nil {
		return fmt.Errorf("store: build the event log's indexes: %w", err)
	}
	return nil
}

// indexFrom indexes up to indexChunk events from seq on and returns the
// sequence number to go on from, 0 at the end of the log.
func indexFrom(tx *bolt.Tx, seq uint64) (uint64, error) {
	c := tx.Bucket(bucketEvents).Cursor()
	n := 0
	for k, v := c.Seek(key(seq)); k != nil; k, v = c.Next() {
		if n == indexChunk {
			return seqOf(k), nil
		}
		var ev event.Event
		if err := json.Unmarshal(v, &ev); err != nil {
			return 0, fmt.Errorf("%w: event %d: %v", ErrDamaged, seqOf(k), err)
		}
		ev.Seq = seqOf(k)
		if err := indexEvent(tx, ev); err != nil {
			return 0, err
		}
		n++
	}
	return 0, nil
}

// unindexedFrom returns the first event not in the indexes, 0 if every
// event is. Indexes of another layout are dropped first.
func unindexedFrom(db *bolt.DB) (from uint64, err error) {
	err = db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		if string(meta.Get(keyIndexVersion)) != indexVersion {
			if err := resetIndexes(tx); err != nil {
				return err
			}
			from = 1
			return meta.Put(keyIndexVersion, []byte(indexVersion))
		}
		k, _ := tx.Bucket(bucketEvents).Cursor().Last()
		if k == nil || indexed(tx, seqOf(k)) {
			return nil
		}
		// Indexed events are a prefix of the log: search its end.
		lo, hi := uint64(1), seqOf(k)
		for lo < hi {
			if mid := lo + (hi-lo)/2; indexed(tx, mid) {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		from = lo
		return nil
	})
	return from, err
}

// indexed reports whether event seq is in the indexes (or not in the log).
func indexed(tx *bolt.Tx, seq uint64) bool {
	v := tx.Bucket(bucketEvents).Get(key(seq))
	var ev struct{ Kind string }
	if v == nil || json.Unmarshal(v, &ev) != nil {
		return true
	}
	return tx.Bucket(bucketIxKind).Get(postingKey([]byte(ev.Kind), seq)) != nil
}

func resetIndexes(tx *bolt.Tx) error {
	for _, name := range indexBuckets {
		if err := tx.DeleteBucket(name); err != nil && !errors.Is(err, berrors.ErrBucketNotFound) {
			return err
		}
		if _, err := tx.CreateBucket(name); err != nil {
			return err
		}
	}
	return nil
}
