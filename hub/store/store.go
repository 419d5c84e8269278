// Package store keeps the hub's durable data in a bbolt file: the
// append-only event log, and the clerks' credentials (kept outside the log
// so that the log can be shown to admins without password hashes).
//
// It is the only package of Vuoro that imports bbolt.
package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"vuoro/hub/event"
)

var (
	bucketEvents      = []byte("events")
	bucketCredentials = []byte("credentials")
)

// ErrNotFound is returned when a credential does not exist.
var ErrNotFound = errors.New("store: not found")

// Store is an open data file. It is safe for concurrent use.
type Store struct {
	// mu guards db: every transaction holds it shared, Compact alone
	// holds it exclusively while it swaps the file.
	mu sync.RWMutex
	db *bolt.DB
	id string // the log's identity (meta.go)
}

// view runs fn in a read transaction.
func (s *Store) view(fn func(*bolt.Tx) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.db.View(fn)
}

// update runs fn in a write transaction.
func (s *Store) update(fn func(*bolt.Tx) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.db.Update(fn)
}

// Open opens or creates the data file at path.
func Open(path string) (*Store, error) {
	db, err := openDB(path, false)
	if err != nil {
		return nil, err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketEvents, bucketCredentials} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store: init %s: %w", path, err)
	}
	if err := buildIndex(db); err != nil {
		db.Close()
		return nil, err
	}
	return withIdentity(db, path)
}

// OpenReadOnly opens an existing data file for reading only, as a check or
// a report does; it waits at most two seconds for a hub that holds it.
func OpenReadOnly(path string) (*Store, error) {
	db, err := openDB(path, true)
	if err != nil {
		return nil, err
	}
	return &Store{db: db}, nil
}

// openDB opens the bbolt file, telling a damaged file and one another
// process holds from other faults.
func openDB(path string, readOnly bool) (_ *bolt.DB, err error) {
	defer func() {
		if p := recover(); p != nil { // bbolt panics on some damaged pages
			err = fmt.Errorf("%w: %s: %v", ErrDamaged, path, p)
		}
	}()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second, ReadOnly: readOnly})
	switch {
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum), errors.Is(err, berrors.ErrVersionMismatch):
		return nil, fmt.Errorf("%w: %s: %v", ErrDamaged, path, err)
	case errors.Is(err, berrors.ErrTimeout):
		return nil, fmt.Errorf("%w: %s", ErrInUse, path)
	case err != nil:
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return db, nil
}

// Path is the data file's path.
func (s *Store) Path() string { return s.db.Path() }

// Close closes the file.
func (s *Store) Close() error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.db.Close()
}

// Append writes ev durably as the next event and returns its sequence number.
// ev.Seq is ignored. The write is on disk when Append returns.
func (s *Store) Append(ev event.Event) (uint64, error) {
	var seq uint64
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketEvents)
		n, err := b.NextSequence()
		if err != nil {
			return err
		}
		seq, ev.Seq = n, n
		v, err := json.Marshal(ev)
		if err != nil {
			return err
		}
		if err := b.Put(key(n), v); err != nil {
			return err
		}
		return s.index(tx, ev)
	})
	if err != nil {
		return 0, fmt.Errorf("store: append %s: %w", ev.Kind, err)
	}
	return seq, nil
}

// Replay calls fn with every event after seq, in order. It reads in pages
// of short transactions, so a long replay never holds the file from growing.
func (s *Store) Replay(after uint64, fn func(event.Event) error) error {
	for {
		page, err := s.Events(after, 512)
		if err != nil {
			return err
		}
		for _, ev := range page {
			if err := fn(ev); err != nil {
				return err
			}
			after = ev.Seq
		}
		if len(page) < 512 {
			return nil
		}
	}
}

// Events returns up to limit events after seq, oldest first.
func (s *Store) Events(after uint64, limit int) (out []event.Event, err error) {
	defer func() {
		if p := recover(); p != nil { // bbolt panics on a damaged page
			out, err = nil, fmt.Errorf("%w: reading events after %d: %v", ErrDamaged, after, p)
		}
	}()
	err = s.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketEvents).Cursor()
		for k, v := c.Seek(key(after + 1)); k != nil && len(out) < limit; k, v = c.Next() {
			var ev event.Event
			if err := json.Unmarshal(v, &ev); err != nil {
				return fmt.Errorf("%w: event %d: %v", ErrDamaged, binary.BigEndian.Uint64(k), err)
			}
			out = append(out, ev)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: read events: %w", err)
	}
	return out, nil
}

// LastSeq returns the sequence number of the newest event, 0 if none.
func (s *Store) LastSeq() (uint64, error) {
	var n uint64
	err := s.view(func(tx *bolt.Tx) error {
		if k, _ := tx.Bucket(bucketEvents).Cursor().Last(); k != nil {
			n = binary.BigEndian.Uint64(k)
		}
		return nil
	})
	return n, err
}

func key(n uint64) []byte {
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], n)
	return k[:]
}

// SetCredential stores the password hash of a login.
func (s *Store) SetCredential(login string, hash []byte) error {
	err := s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketCredentials).Put([]byte(login), hash)
	})
	if err != nil {
		return fmt.Errorf("store: set credential: %w", err)
	}
	return nil
}

// Credential returns the password hash of a login, or ErrNotFound.
func (s *Store) Credential(login string) ([]byte, error) {
	var h []byte
	err := s.view(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketCredentials).Get([]byte(login)); v != nil {
			h = append([]byte(nil), v...)
		}
		return nil
	})
	if err == nil && h == nil {
		err = ErrNotFound
	}
	return h, err
}
