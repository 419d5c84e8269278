package store

import (
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// BenchmarkFloor is what the disk allows, for the journal's figures to be
// read against: "put" is one small put a transaction (one commit, its
// fsyncs), serially; "batch64" is bbolt's own db.Batch with 64 callers.
func BenchmarkFloor(b *testing.B) {
	for _, callers := range []int{1, 64} {
		name := "put"
		if callers > 1 {
			name = fmt.Sprint("batch", callers)
		}
		b.Run(name, func(b *testing.B) {
			db, err := bolt.Open(filepath.Join(b.TempDir(), "floor.db"), 0o600, nil)
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			put := func(tx *bolt.Tx) error {
				bk, err := tx.CreateBucketIfNotExists(bucketEvents)
				if err != nil {
					return err
				}
				n, _ := bk.NextSequence()
				return bk.Put(key(n), []byte(`{"seq":1,"kind":"x","payload":{}}`))
			}
			run := db.Update
			if callers > 1 {
				run = db.Batch
			}
			var wg sync.WaitGroup
			per := b.N/callers + 1
			start := time.Now()
			for range callers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for range per {
						if err := run(put); err != nil {
							b.Error(err)
							return
						}
					}
				}()
			}
			wg.Wait()
			b.ReportMetric(float64(per*callers)/time.Since(start).Seconds(), "ops/s")
		})
	}
}
