package store

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

var (
	bucketMeta  = []byte("meta")
	keyIdentity = []byte("identity")
)

// withIdentity returns the store over db with the file's log identity,
// writing a new random one if the file has none: once, when the file is
// created (or first opened by a hub that keeps identities).
func withIdentity(db *bolt.DB, path string) (*Store, error) {
	var id string
	err := db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		if v := b.Get(keyIdentity); v != nil {
			id = string(v)
			return nil
		}
		id = newIdentity()
		return b.Put(keyIdentity, []byte(id))
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store: identity of %s: %w", path, err)
	}
	return &Store{db: db, id: id}, nil
}

func newIdentity() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return hex.EncodeToString(b[:])
}

// Identity is the log's identity: a random id given to the data file when
// it was created. Sequence numbers compare only within one identity; a new
// hub has another, and starts again at 1.
func (s *Store) Identity() string { return s.id }

var keyDeviceKey = []byte("device_key")

// DeviceKey is the data file's secret from which devices' MQTT passwords
// are derived (so an external broker's accounts can be rebuilt from the
// hub): 32 random bytes, written at its first use and never changed.
func (s *Store) DeviceKey() ([]byte, error) {
	var key []byte
	err := s.update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		if v := b.Get(keyDeviceKey); len(v) == 32 {
			key = append([]byte(nil), v...)
			return nil
		}
		key = make([]byte, 32)
		_, _ = rand.Read(key) // crypto/rand.Read never fails (Go 1.24+)
		return b.Put(keyDeviceKey, key)
	})
	if err != nil {
		return nil, fmt.Errorf("store: device key: %w", err)
	}
	return key, nil
}
