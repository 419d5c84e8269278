package store

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"vuoro/hub/event"
)

// ErrDamaged is returned when the data file cannot be read as a Vuoro data
// file: the file or the disk under it is damaged.
var ErrDamaged = errors.New("store: the data file is damaged; restore it from backup")

// ErrInUse is returned when another process, a running hub, holds the
// data file.
var ErrInUse = errors.New("store: the data file is in use (stop the hub, or work on a copy)")

// ErrNoFile is returned by Verify for a data file that does not exist.
var ErrNoFile = errors.New("store: no data file")

// Report is what Verify found in a data file.
type Report struct {
	Events  int    // events in the log
	LastSeq uint64 // the newest event's sequence number
}

// Verify reads the data file at path without changing it: bbolt's own
// consistency check over every page, then every event of the log decoded
// in order. Any fault is ErrDamaged with what was found.
func Verify(path string) (r Report, err error) {
	if fi, err := os.Stat(path); err != nil {
		return r, fmt.Errorf("%w at %s", ErrNoFile, path)
	} else if fi.Size() == 0 {
		return r, fmt.Errorf("%w: %s is empty", ErrDamaged, path)
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: %v", ErrDamaged, p)
		}
	}()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: 2 * time.Second})
	if errors.Is(err, berrors.ErrTimeout) {
		return r, fmt.Errorf("%w: %s", ErrInUse, path)
	}
	if err != nil {
		return r, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		var first error
		for e := range tx.Check() { // drained: Check's goroutine ends
			first = cmp.Or(first, e)
		}
		if first != nil {
			return first
		}
		b := tx.Bucket(bucketEvents)
		if b == nil {
			return errors.New("no event log in the file")
		}
		return b.ForEach(func(k, v []byte) error {
			var ev event.Event
			if err := json.Unmarshal(v, &ev); err != nil {
				return fmt.Errorf("event %x: %w", k, err)
			}
			r.Events++
			r.LastSeq = ev.Seq
			return nil
		})
	})
	if err != nil {
		return r, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	return r, nil
}
