package store

import (
	"encoding/binary"
	"encoding/json"
	"time"

	bolt "go.etcd.io/bbolt"

	"vuoro/hub/event"
)

// The event log's indexes, written in the transaction of each event. Every
// index but the time's holds posting keys, a term and a sequence number
// (postingKey), with no value, so a term's events are in log order and a
// cursor seeks to any of them.
var (
	bucketIxTime  = []byte("ix.time")  // minute (minuteKey) → the first sequence number in it
	bucketIxActor = []byte("ix.actor") // actor → its events
	bucketIxKind  = []byte("ix.kind")  // kind → its events
	bucketIxVisit = []byte("ix.visit") // visit (8 bytes) → its events, its ticket.issued first
	bucketIxCall  = []byte("ix.call")  // call id → the events that issued a visit under it
	indexBuckets  = [][]byte{bucketIxTime, bucketIxActor, bucketIxKind, bucketIxVisit, bucketIxCall}
)

// appendOnly is the fill of the log's buckets: their keys only grow (or
// grow within a term), so a split page is left full, not half empty.
const appendOnly = 1.0

// refs is what the index reads of a payload: the visit it is about (the
// field "ticket"), and the call id of an event that issues a visit (the
// field "call_id"; such an event's visit is itself). A payload that does
// not decode into these fields has no visit.
type refs struct {
	Ticket uint64 `json:"ticket"`
	CallID string `json:"call_id"`
}

func refsOf(ev event.Event) refs {
	var r refs
	if json.Unmarshal(ev.Payload, &r) != nil {
		return refs{}
	}
	return r
}

// visit is the visit an event is about, 0 if none.
func (r refs) visit(seq uint64) uint64 {
	if r.CallID != "" && r.Ticket == 0 {
		return seq
	}
	return r.Ticket
}

// index writes ev, already stored under ev.Seq in tx, to the indexes.
// Append calls it for every event it writes.
func (s *Store) index(tx *bolt.Tx, ev event.Event) error {
	tx.Bucket(bucketEvents).FillPercent = appendOnly
	return indexEvent(tx, ev)
}

func indexEvent(tx *bolt.Tx, ev event.Event) error {
	b := indexes(tx)
	if b == nil {
		return nil // a file whose indexes are built at its next open
	}
	if m := minuteKey(ev.Time); b[0].Get(m) == nil {
		if err := b[0].Put(m, key(ev.Seq)); err != nil {
			return err
		}
	}
	post := func(b *bolt.Bucket, term []byte) error { return b.Put(postingKey(term, ev.Seq), nil) }
	r := refsOf(ev)
	if err := post(b[1], []byte(ev.Actor)); err != nil {
		return err
	}
	if err := post(b[2], []byte(ev.Kind)); err != nil {
		return err
	}
	if v := r.visit(ev.Seq); v != 0 {
		if err := post(b[3], key(v)); err != nil {
			return err
		}
	}
	if r.CallID != "" {
		return post(b[4], []byte(r.CallID))
	}
	return nil
}

// indexes returns the index buckets of tx in the order of indexBuckets,
// tuned for append-only keys; nil if the file has none.
func indexes(tx *bolt.Tx) []*bolt.Bucket {
	out := make([]*bolt.Bucket, len(indexBuckets))
	for i, name := range indexBuckets {
		if out[i] = tx.Bucket(name); out[i] == nil {
			return nil
		}
		out[i].FillPercent = appendOnly
	}
	return out
}

// minuteKey is the key of t's minute: big-endian with the sign bit
// flipped, so keys sort as times do.
func minuteKey(t time.Time) []byte {
	m := t.Unix() / 60
	if t.Unix()%60 < 0 {
		m-- // floor, before 1970
	}
	return key(uint64(m) ^ 1<<63)
}

// termPrefix is the prefix of a term's posting keys: the term's length
// (a uvarint, so no prefix is a prefix of another term's) and the term.
func termPrefix(term []byte) []byte {
	p := binary.AppendUvarint(make([]byte, 0, len(term)+binary.MaxVarintLen64+8), uint64(len(term)))
	return append(p, term...)
}

func postingKey(term []byte, seq uint64) []byte {
	return binary.BigEndian.AppendUint64(termPrefix(term), seq)
}
