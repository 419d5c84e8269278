package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// bucketReports holds the queue reports' daily aggregates (hub/report),
// keyed by their date, and under carryKey what folding remembers and the
// last event folded. Neither holds personal data.
var bucketReports = []byte("reports")

const carryKey = "carry"

// SaveReports stores the aggregates of days, by date, and carry, in one
// transaction, so that the days and the event they were folded to agree.
func (s *Store) SaveReports(carry []byte, days map[string][]byte) error {
	err := s.update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketReports)
		if err != nil {
			return err
		}
		for date, v := range days {
			if err := b.Put([]byte(date), v); err != nil {
				return err
			}
		}
		return b.Put([]byte(carryKey), carry)
	})
	if err != nil {
		return fmt.Errorf("store: save reports: %w", err)
	}
	return nil
}

// LoadReports returns the stored carry (nil if none) and every stored day.
func (s *Store) LoadReports() (carry []byte, days [][]byte, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketReports)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			if string(k) == carryKey {
				carry = append([]byte(nil), v...)
			} else {
				days = append(days, append([]byte(nil), v...))
			}
			return nil
		})
	})
	if err != nil {
		return nil, nil, fmt.Errorf("store: load reports: %w", err)
	}
	return carry, days, nil
}
