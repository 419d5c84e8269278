package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// bucketSessions holds the web logins (hub/webkit), keyed by a hash of their
// token (never the token itself), so that they outlive a restart.
var bucketSessions = []byte("sessions")

// PutSession stores a session's record under key.
func (s *Store) PutSession(key string, v []byte) error {
	err := s.update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketSessions)
		if err != nil {
			return err
		}
		return b.Put([]byte(key), v)
	})
	if err != nil {
		return fmt.Errorf("store: put session: %w", err)
	}
	return nil
}

// DeleteSessions removes the sessions under keys.
func (s *Store) DeleteSessions(keys ...string) error {
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSessions)
		for _, k := range keys {
			if b == nil {
				return nil
			}
			if err := b.Delete([]byte(k)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: delete sessions: %w", err)
	}
	return nil
}

// EachSession calls fn with every stored session.
func (s *Store) EachSession(fn func(key string, v []byte)) error {
	return s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSessions)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error { fn(string(k), v); return nil })
	})
}
