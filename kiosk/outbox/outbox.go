// Package outbox keeps what an offline kiosk must not lose, in a bbolt
// file next to its credentials: the blocks of numbers the hub handed it,
// the numbers it used, and the tickets it issued from them while it could
// not reach the hub, until the hub acknowledges each.
//
// Take numbers a ticket and stores it in one transaction, which bbolt
// syncs to disk before it returns: a ticket is printed only once it is on
// disk, so a kiosk that loses power never prints a number twice nor loses
// one it printed. Blocks are of one site-local day; Take uses only the
// blocks of today's date, so the blocks of a previous day are dropped.
// Pending and Remove serve the delivery (hubclient.Drain): a ticket leaves
// the outbox only after the hub's ack.
package outbox

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"vuoro/shared/wire"
)

// ErrNoNumber is returned by Take when no block of the service has a number
// left today.
var ErrNoNumber = errors.New("outbox: no number left in the blocks of this service")

var (
	bucketBlocks = []byte("blocks") // "set" → the hub's latest []wire.Block
	bucketUsed   = []byte("used")   // "service|day|number" → request id
	bucketOut    = []byte("outbox") // request id → wire.OfflineTicket
	keySet       = []byte("set")
)

// Outbox is the kiosk's file. It is safe for concurrent use.
type Outbox struct {
	db *bolt.DB
}

// Open opens or creates the outbox at path.
func Open(path string) (*Outbox, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		return nil, fmt.Errorf("outbox: %w", err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketBlocks, bucketUsed, bucketOut, bucketPrinting, bucketCatalog} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("outbox: %w", err)
	}
	return &Outbox{db: db}, nil
}

// Close closes the file.
func (o *Outbox) Close() error { return o.db.Close() }

// SetBlocks keeps the hub's latest set of blocks, and forgets the used
// numbers of blocks no longer in it.
func (o *Outbox) SetBlocks(blocks []wire.Block) error {
	b, err := json.Marshal(blocks)
	if err != nil {
		return fmt.Errorf("outbox: %w", err)
	}
	return o.update(func(tx *bolt.Tx) error {
		used := tx.Bucket(bucketUsed)
		var stale [][]byte
		err := used.ForEach(func(k, _ []byte) error {
			if !slices.ContainsFunc(blocks, func(b wire.Block) bool { return inBlock(string(k), b) }) {
				stale = append(stale, k)
			}
			return nil
		})
		for _, k := range stale {
			err = errors.Join(err, used.Delete(k))
		}
		return errors.Join(err, tx.Bucket(bucketBlocks).Put(keySet, b))
	})
}

// Left returns how many numbers each service has left on day.
func (o *Outbox) Left(day string) map[string]int {
	out := map[string]int{}
	_ = o.db.View(func(tx *bolt.Tx) error {
		for _, b := range blocksIn(tx) {
			if b.Day == day {
				out[b.Service] += len(free(tx, b))
			}
		}
		return nil
	})
	return out
}

// Take numbers a ticket of t.Service from a block of t.Day, fills in its
// number and call id, and stores it in the outbox, recorded as being
// printed (printing.go), on disk before it returns. t.ID is its request id.
func (o *Outbox) Take(t wire.OfflineTicket) (wire.OfflineTicket, error) {
	err := o.update(func(tx *bolt.Tx) error {
		for _, b := range blocksIn(tx) {
			if n := free(tx, b); b.Service == t.Service && b.Day == t.Day && len(n) > 0 {
				t.Number, t.CallID = n[0], b.Letter+strconv.Itoa(n[0])
				v, err := json.Marshal(t)
				printing := wire.Ticket{CallID: t.CallID, Service: t.Service, Issued: t.CheckedIn, Offline: true, Request: t.ID}
				return errors.Join(err, tx.Bucket(bucketUsed).Put(usedKey(b, t.Number), []byte(t.ID)),
					tx.Bucket(bucketOut).Put([]byte(t.ID), v), putPrinting(tx, printing))
			}
		}
		return ErrNoNumber
	})
	return t, err
}

// Pending returns the tickets not yet acknowledged, oldest check-in first.
func (o *Outbox) Pending() ([]wire.OfflineTicket, error) {
	var out []wire.OfflineTicket
	err := o.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketOut).ForEach(func(_, v []byte) error {
			var t wire.OfflineTicket
			if err := json.Unmarshal(v, &t); err != nil {
				return err
			}
			out = append(out, t)
			return nil
		})
	})
	slices.SortFunc(out, func(a, b wire.OfflineTicket) int { return a.CheckedIn.Compare(b.CheckedIn) })
	if err != nil {
		return nil, fmt.Errorf("outbox: %w", err)
	}
	return out, nil
}

// Remove forgets a ticket the hub acknowledged.
func (o *Outbox) Remove(requestID string) error {
	return o.update(func(tx *bolt.Tx) error { return tx.Bucket(bucketOut).Delete([]byte(requestID)) })
}

func (o *Outbox) update(fn func(*bolt.Tx) error) error {
	if err := o.db.Update(fn); err != nil {
		return fmt.Errorf("outbox: %w", err)
	}
	return nil
}

func blocksIn(tx *bolt.Tx) []wire.Block {
	var out []wire.Block
	_ = json.Unmarshal(tx.Bucket(bucketBlocks).Get(keySet), &out) // none until the hub sends a set
	return out
}

// free returns the block's numbers neither this kiosk nor the hub has used.
func free(tx *bolt.Tx, b wire.Block) []int {
	var out []int
	for n := b.First; n <= b.Last; n++ {
		if !slices.Contains(b.Used, n) && tx.Bucket(bucketUsed).Get(usedKey(b, n)) == nil {
			out = append(out, n)
		}
	}
	return out
}

func usedKey(b wire.Block, n int) []byte { return fmt.Appendf(nil, "%s|%s|%d", b.Service, b.Day, n) }

func inBlock(key string, b wire.Block) bool {
	for n := b.First; n <= b.Last; n++ {
		if string(usedKey(b, n)) == key {
			return true
		}
	}
	return false
}
