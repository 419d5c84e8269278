package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"vuoro/hub/event"
)

// Filter narrows the event log. A zero field does not narrow it.
type Filter struct {
	From, To time.Time // events at or after From, at or before To
	Actor    string    // part of the actor, in any case: "maija", "kiosk:"
	Kind     string
	Visit    uint64 // the events of one visit, by its ticket id
	// CallID narrows the log to the events of the visits issued under
	// this call id ("R3") at or after From: a call id names another visit
	// every day.
	CallID string
}

// Page is one page of the filtered log.
type Page struct {
	Events []event.Event
	Next   uint64 // pass as after for the next page; 0 when no event follows
}

// Query returns the first limit events after seq after that pass f, in log
// order. It reads the indexes: a page costs seeks in them, not a scan of
// the log, wherever after is.
func (s *Store) Query(f Filter, after uint64, limit int) (p Page, err error) {
	defer func() {
		if r := recover(); r != nil { // bbolt panics on a damaged page
			p, err = Page{}, fmt.Errorf("%w: querying the log: %v", ErrDamaged, r)
		}
	}()
	limit = max(limit, 1)
	err = s.view(func(tx *bolt.Tx) error {
		q, err := plan(tx, f, after)
		if err != nil || q == nil {
			return err
		}
		seqs := join(q.streams, q.after, q.last, limit+1)
		if len(seqs) > limit {
			seqs, p.Next = seqs[:limit], seqs[limit-1]
		}
		p.Events, err = load(tx, seqs)
		return err
	})
	if err != nil {
		return Page{}, fmt.Errorf("store: query the log: %w", err)
	}
	return p, nil
}

// query is a filter planned over the indexes: the events after after, up
// to last, that every stream has.
type query struct {
	after, last uint64
	streams     []stream
}

// plan plans f over the indexes of tx; nil when nothing can pass f.
func plan(tx *bolt.Tx, f Filter, after uint64) (*query, error) {
	b := indexes(tx)
	if b == nil {
		return nil, ErrNoIndex
	}
	from := firstAt(tx, b[0], f.From) - 1
	q := &query{after: max(after, from), last: none - 1}
	if !f.To.IsZero() {
		q.last = firstAt(tx, b[0], f.To.Add(time.Nanosecond)) - 1
	}
	if f.Kind != "" {
		q.streams = append(q.streams, newPosting(b[2], []byte(f.Kind)))
	}
	if f.Visit != 0 {
		q.streams = append(q.streams, newPosting(b[3], key(f.Visit)))
	}
	for _, u := range []*union{actorsLike(b[1], f.Actor), visitsCalled(b[3], b[4], f.CallID, from)} {
		if u != nil && len(u.subs) == 0 {
			return nil, nil
		}
		if u != nil {
			q.streams = append(q.streams, u)
		}
	}
	if len(q.streams) == 0 {
		q.streams = []stream{&posting{c: tx.Bucket(bucketEvents).Cursor()}}
	}
	return q, nil
}

// firstAt returns the first event at or after t, one past the last event
// if none is: the time index finds t's minute, and the events of that
// minute are read. Events are appended in time order.
func firstAt(tx *bolt.Tx, times *bolt.Bucket, t time.Time) uint64 {
	if t.IsZero() {
		return 1
	}
	c := tx.Bucket(bucketEvents).Cursor()
	var k, v []byte
	if m, seq := times.Cursor().Seek(minuteKey(t)); m != nil {
		k, v = c.Seek(seq)
	}
	for ; k != nil; k, v = c.Next() {
		var ev struct{ Time time.Time }
		if json.Unmarshal(v, &ev) != nil || !ev.Time.Before(t) {
			return seqOf(k)
		}
	}
	k, _ = c.Last()
	if k == nil {
		return 1
	}
	return seqOf(k) + 1
}

// actorsLike is the union of the events of every actor whose name has
// part in it, in any case; nil when part is empty.
func actorsLike(actors *bolt.Bucket, part string) *union {
	if part == "" {
		return nil
	}
	part = strings.ToLower(part)
	u := &union{}
	for _, t := range terms(actors) {
		if strings.Contains(strings.ToLower(string(t)), part) {
			u.subs = append(u.subs, newPosting(actors, t))
		}
	}
	return u
}

// visitsCalled is the union of the events of the visits issued under
// callID after event from; nil when callID is empty.
func visitsCalled(visits, calls *bolt.Bucket, callID string, from uint64) *union {
	if callID == "" {
		return nil
	}
	u := &union{}
	issued := newPosting(calls, []byte(callID))
	for v := issued.seek(from + 1); v != none; v = issued.seek(v + 1) {
		u.subs = append(u.subs, newPosting(visits, key(v)))
	}
	return u
}

// terms returns the distinct terms of an index, seeking past each term's
// postings.
func terms(b *bolt.Bucket) [][]byte {
	var out [][]byte
	c := b.Cursor()
	for k, _ := c.First(); k != nil; {
		n, w := binary.Uvarint(k)
		if w <= 0 || len(k) < w+int(n) {
			break // not a posting key: a damaged index ends here
		}
		t := k[w : w+int(n)]
		out = append(out, append([]byte(nil), t...))
		k, _ = c.Seek(append(termPrefix(t), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff))
	}
	return out
}

// load reads the events seqs.
func load(tx *bolt.Tx, seqs []uint64) ([]event.Event, error) {
	b := tx.Bucket(bucketEvents)
	out := make([]event.Event, 0, len(seqs))
	for _, seq := range seqs {
		var ev event.Event
		v := b.Get(key(seq))
		if err := json.Unmarshal(v, &ev); err != nil {
			return nil, fmt.Errorf("%w: event %d: %v", ErrDamaged, seq, err)
		}
		out = append(out, ev)
	}
	return out, nil
}

func seqOf(k []byte) uint64 { return binary.BigEndian.Uint64(k[len(k)-8:]) }
