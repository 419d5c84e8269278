package store

import (
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// compactTxSize bounds the memory of one transaction of Compact.
const compactTxSize = 32 << 20

// Compact rewrites the data file with its live data only. bbolt writes
// copy-on-write: the bytes a Redact replaced stay in the file's free pages
// until the file is compacted, so erasing personal data ends with Compact.
//
// The live data is copied into a new file beside the old one, synced, and
// renamed over it; the store then reopens it. Every other call waits while
// Compact runs. If the copy fails, the old file stays in use untouched.
func (s *Store) Compact() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	path := s.db.Path()
	tmp := path + ".compact"
	if err := copyLive(s.db, tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("store: compact %s: %w", path, err)
	}
	if err := s.db.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("store: compact %s: close: %w", path, err)
	}
	err := os.Rename(tmp, path)
	if err == nil {
		err = syncDir(filepath.Dir(path))
	}
	db, oerr := openDB(path, false)
	if oerr != nil {
		// s.db stays closed: every later call fails rather than writing
		// somewhere else.
		return fmt.Errorf("store: compact %s: reopen: %w", path, oerr)
	}
	s.db = db
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("store: compact %s: %w", path, err)
	}
	return nil
}

// copyLive copies the live data of src into a new file at path, on disk
// when it returns.
func copyLive(src *bolt.DB, path string) error {
	if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
		return err // a copy left by a crash
	}
	dst, err := openDB(path, false)
	if err != nil {
		return err
	}
	err = bolt.Compact(dst, src, compactTxSize)
	if err == nil {
		err = dst.Update(func(tx *bolt.Tx) error { // the copy owes nothing
			if tx.Bucket(bucketPending) == nil {
				return nil
			}
			return tx.DeleteBucket(bucketPending)
		})
	}
	if err != nil {
		dst.Close()
		return err
	}
	if err := dst.Close(); err != nil {
		return err
	}
	return syncFile(path)
}

func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error { return syncFile(dir) }
