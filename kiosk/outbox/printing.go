package outbox

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"vuoro/shared/wire"
)

// The print journal. The kiosk records each ticket, online or offline,
// before the printer gets it (Printing) and forgets it once the printer
// took it or failed with the number on the screen (Done); Take records an
// offline ticket as printing in its own transaction. A record left at
// start is a print a restart cut short: nobody knows whether the citizen
// holds the paper, nor has the citizen seen the number on the screen, so
// the kiosk takes the number back (Unfinished, Drop).

var bucketPrinting = []byte("printing") // request id → Unfinished

// Unfinished is a ticket whose printing began and was never seen to end.
// It holds no personal data.
type Unfinished struct {
	Request string    `json:"request"` // the request id that got the ticket
	CallID  string    `json:"call_id"`
	Service string    `json:"service"`
	Offline bool      `json:"offline,omitempty"` // from a block, in the outbox
	Issued  time.Time `json:"issued"`
}

// Printing records t as being printed, on disk before it returns.
func (o *Outbox) Printing(t wire.Ticket) error {
	if t.Request == "" {
		return errors.New("outbox: a ticket to print without its request id")
	}
	return o.update(func(tx *bolt.Tx) error { return putPrinting(tx, t) })
}

func putPrinting(tx *bolt.Tx, t wire.Ticket) error {
	v, err := json.Marshal(Unfinished{Request: t.Request, CallID: t.CallID, Service: t.Service, Offline: t.Offline, Issued: t.Issued})
	return errors.Join(err, tx.Bucket(bucketPrinting).Put([]byte(t.Request), v))
}

// Done forgets the printing of t: printed, or shown on the screen.
func (o *Outbox) Done(t wire.Ticket) error {
	return o.update(func(tx *bolt.Tx) error { return tx.Bucket(bucketPrinting).Delete([]byte(t.Request)) })
}

// Unfinished returns the prints a restart cut short.
func (o *Outbox) Unfinished() ([]Unfinished, error) {
	var out []Unfinished
	err := o.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketPrinting).ForEach(func(_, v []byte) error {
			var u Unfinished
			err := json.Unmarshal(v, &u)
			out = append(out, u)
			return err
		})
	})
	if err != nil {
		return nil, fmt.Errorf("outbox: %w", err)
	}
	return out, nil
}

// Drop settles an unfinished print. An offline ticket leaves the outbox
// undelivered, its number kept used so it is never issued again: to the
// hub it is a number of the block the kiosk never used, never a visit.
// An online one is only forgotten; cancel it at the hub first.
func (o *Outbox) Drop(u Unfinished) error {
	return o.update(func(tx *bolt.Tx) error {
		err := tx.Bucket(bucketPrinting).Delete([]byte(u.Request))
		if u.Offline {
			err = errors.Join(err, tx.Bucket(bucketOut).Delete([]byte(u.Request)))
		}
		return err
	})
}
