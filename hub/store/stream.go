package store

import (
	"bytes"

	bolt "go.etcd.io/bbolt"
)

// none is past the end of every stream.
const none = ^uint64(0)

// stream is a set of sequence numbers read in order.
type stream interface {
	// seek returns the stream's first sequence number at or after seq,
	// none if it has none. Each seek is at or after the one before.
	seek(seq uint64) uint64
}

// posting is a term's postings in an index, or with no prefix the keys of
// the log itself.
type posting struct {
	c      *bolt.Cursor
	prefix []byte
	head   uint64 // what the last seek returned
	from   uint64 // and what it was asked
}

func newPosting(b *bolt.Bucket, term []byte) *posting {
	return &posting{c: b.Cursor(), prefix: termPrefix(term)}
}

func (p *posting) seek(seq uint64) uint64 {
	if p.head != 0 && p.from <= seq && seq <= p.head {
		return p.head
	}
	k, _ := p.c.Seek(append(p.prefix[:len(p.prefix):len(p.prefix)], key(seq)...))
	p.from, p.head = seq, none
	if k != nil && len(k) == len(p.prefix)+8 && bytes.HasPrefix(k, p.prefix) {
		p.head = seqOf(k)
	}
	return p.head
}

// union is the sequence numbers of any of its streams.
type union struct{ subs []stream }

func (u *union) seek(seq uint64) uint64 {
	low := none
	for _, s := range u.subs {
		low = min(low, s.seek(seq))
	}
	return low
}

// join returns up to n sequence numbers after after, up to last, that
// every stream has: each stream in turn seeks to the highest number seen,
// until all agree.
func join(streams []stream, after, last uint64, n int) []uint64 {
	var out []uint64
	x := after + 1
	for len(out) < n && x <= last {
		agree := true
		for _, s := range streams {
			y := s.seek(x)
			if y > last {
				return out
			}
			if y != x {
				x, agree = y, false
				break
			}
		}
		if agree {
			out = append(out, x)
			x++
		}
	}
	return out
}
