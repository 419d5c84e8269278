package wire

import (
	"fmt"
	"time"
)

// Blocks and offline tickets (protocol v1, added with the offline kiosk).
//
// The hub hands each kiosk blocks of numbers in advance (BlockSet, retained
// on the kiosk's blocks topic). A kiosk that cannot reach the hub issues
// from its blocks, keeps each ticket in its outbox and delivers it when the
// hub is back (OfflineTicket, its Header.ID the request id, re-sent with the
// same id until acknowledged); the hub records it once and answers with an
// OfflineAck, after which the kiosk forgets it.

// BlockSet is every block of numbers the hub holds for a kiosk for days
// not yet closed. An empty set means none: the kiosk may not issue offline.
type BlockSet struct {
	Header
	Device string  `json:"device"`
	Blocks []Block `json:"blocks"`
}

// Block is a run of a service's numbers of one site-local day.
type Block struct {
	Service string `json:"service"`
	Letter  string `json:"letter"`
	Day     string `json:"day"` // "2026-11-23"
	First   int    `json:"first"`
	Last    int    `json:"last"`
	Used    []int  `json:"used,omitempty"` // numbers the hub has recorded, ascending
}

// Validate checks the set.
func (b *BlockSet) Validate() error {
	if b.Device == "" {
		return fmt.Errorf("%w: block set without device", ErrInvalid)
	}
	for _, k := range b.Blocks {
		if !ValidID(k.Service) || k.Letter == "" || len(k.Day) != len(time.DateOnly) || k.First < 1 || k.Last < k.First {
			return fmt.Errorf("%w: block %+v", ErrInvalid, k)
		}
	}
	return nil
}

// OfflineTicket delivers a ticket a kiosk issued from its block while it
// could not reach the hub. Header.ID is the kiosk's request id of the
// ticket. It holds no personal data.
type OfflineTicket struct {
	Header
	Device    string    `json:"device"`
	Service   string    `json:"service"`
	Day       string    `json:"day"` // the block's day
	Number    int       `json:"number"`
	CallID    string    `json:"call_id"`    // as printed: the block's letter and Number
	CheckedIn time.Time `json:"checked_in"` // by the kiosk's clock
	Persons   int       `json:"persons"`
	Lang      string    `json:"lang"`
}

// Validate checks the delivery.
func (t *OfflineTicket) Validate() error {
	switch {
	case t.Device == "" || !ValidID(t.Service) || t.Number < 1 || t.CallID == "" || len(t.Day) != len(time.DateOnly):
		return fmt.Errorf("%w: offline ticket needs device, service, day, number and call id", ErrInvalid)
	case t.CheckedIn.IsZero():
		return fmt.Errorf("%w: offline ticket without check-in time", ErrInvalid)
	case t.Persons < 1 || t.Persons > MaxPersons:
		return fmt.Errorf("%w: persons %d not in 1..%d", ErrInvalid, t.Persons, MaxPersons)
	case !knownLang(t.Lang):
		return fmt.Errorf("%w: language %q", ErrInvalid, t.Lang)
	}
	return nil
}

// The outcomes of an offline ticket's delivery.
const (
	OfflineRecorded = "recorded" // in its queue
	OfflineExpired  = "expired"  // recorded, but its day was over: it never waits
	OfflineRefused  = "refused"  // never recorded (a number not of the kiosk's blocks, or used): Error tells why
)

// OfflineAck answers an OfflineTicket. The kiosk removes the ticket from
// its outbox only on an ack.
type OfflineAck struct {
	Header
	RequestID string `json:"request_id"`
	Outcome   string `json:"outcome"`
	Error     *Error `json:"error,omitempty"`
}

// Validate checks the ack.
func (a *OfflineAck) Validate() error {
	switch {
	case a.RequestID == "":
		return fmt.Errorf("%w: offline ack without request id", ErrInvalid)
	case a.Outcome != OfflineRecorded && a.Outcome != OfflineExpired && a.Outcome != OfflineRefused:
		return fmt.Errorf("%w: offline outcome %q", ErrInvalid, a.Outcome)
	case (a.Outcome == OfflineRefused) != (a.Error != nil):
		return fmt.Errorf("%w: a refusal, and only it, carries an error", ErrInvalid)
	}
	return nil
}
