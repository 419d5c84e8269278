package outbox

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"vuoro/shared/wire"
)

// The last catalog. The hub's catalog is retained on its broker, so a
// kiosk restarted while the hub is down would have none and be out of
// service with numbers left in its blocks; it starts from the last one it
// kept instead, until the hub's comes.

var (
	bucketCatalog = []byte("catalog") // "last" → the hub's latest wire.Catalog
	keyLast       = []byte("last")
)

// SetCatalog keeps c as the last catalog.
func (o *Outbox) SetCatalog(c *wire.Catalog) error {
	b, err := wire.Encode(c)
	if err != nil {
		return fmt.Errorf("outbox: %w", err)
	}
	return o.update(func(tx *bolt.Tx) error { return tx.Bucket(bucketCatalog).Put(keyLast, b) })
}

// Catalog returns the last catalog kept, or nil if none.
func (o *Outbox) Catalog() (*wire.Catalog, error) {
	var b []byte
	_ = o.db.View(func(tx *bolt.Tx) error {
		b = append(b, tx.Bucket(bucketCatalog).Get(keyLast)...)
		return nil
	})
	if b == nil {
		return nil, nil
	}
	c, err := wire.Decode[wire.Catalog](b)
	if err != nil {
		return nil, fmt.Errorf("outbox: the kept catalog: %w", err)
	}
	return c, nil
}
