package queue

import (
	"cmp"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"time"

	"vuoro/hub/event"
)

// FeedKind is whose calendar a feed is.
type FeedKind string

// The kinds of calendar feed.
const (
	FeedRoom  FeedKind = "room"  // a service point's appointments, without names
	FeedClerk FeedKind = "clerk" // a clerk's appointments, with the citizens' names
)

// Feed is a calendar feed (.ics) behind a secret token. The token is
// shown once, when the feed is created; the state and the log keep only
// its hash.
type Feed struct {
	ID      uint64    `json:"id"` // the sequence number of the event that created it
	Type    FeedKind  `json:"kind"`
	Of      string    `json:"of"` // the room's id or the clerk's login
	Created time.Time `json:"created"`
	Hash    string    `json:"-"` // hex SHA-256 of the token
}

// The feed events.
type (
	FeedCreated struct {
		Type FeedKind `json:"kind"`
		Of   string   `json:"of"`
		Hash string   `json:"hash"`
	}
	FeedRevoked struct {
		Feed uint64 `json:"feed"`
	}
)

// NewFeedToken is a secret token for a feed's URL: 26 characters of
// base32, 130 bits of randomness.
func NewFeedToken() string { return rand.Text() }

// CreateFeed makes a calendar feed of a room or a clerk behind token (from
// NewFeedToken), which is shown once and never kept.
func (e *Engine) CreateFeed(actor string, kind FeedKind, of, token string) (Feed, error) {
	if len(token) < 20 {
		return Feed{}, fmt.Errorf("%w: a feed token of 20 or more characters", ErrInvalid)
	}
	var out Feed
	err := e.do(func(s *State) error {
		if err := s.feedTarget(kind, of); err != nil {
			return err
		}
		ev, err := e.commit(actor, FeedCreated{Type: kind, Of: of, Hash: hashToken(token)})
		if err == nil {
			out = *s.feeds[ev.Seq]
		}
		return err
	})
	return out, err
}

func (s *State) feedTarget(kind FeedKind, of string) error {
	switch {
	case kind == FeedRoom && s.hasRoom(of):
		return nil
	case kind == FeedClerk && s.Clerks[of].Login != "":
		return nil
	case kind != FeedRoom && kind != FeedClerk:
		return fmt.Errorf("%w: feed kind %q", ErrInvalid, kind)
	}
	return fmt.Errorf("%w: %s %q", ErrNotFound, kind, of)
}

// RevokeFeed revokes a feed: its URL answers nothing from now on.
func (e *Engine) RevokeFeed(actor string, id uint64) error {
	return e.do(func(s *State) error {
		if _, ok := s.feeds[id]; !ok {
			return fmt.Errorf("%w: feed %d", ErrNotFound, id)
		}
		_, err := e.commit(actor, FeedRevoked{Feed: id})
		return err
	})
}

func hashToken(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// FeedOf returns the feed whose token is token, unless it was revoked.
func (s *State) FeedOf(token string) (Feed, bool) {
	h := hashToken(token)
	for _, f := range s.feeds {
		if f.Hash == h {
			return *f, true
		}
	}
	return Feed{}, false
}

// Feeds returns the feeds not revoked, by id.
func (s *State) Feeds() []Feed {
	out := make([]Feed, 0, len(s.feeds))
	for _, f := range s.feeds {
		out = append(out, *f)
	}
	slices.SortFunc(out, func(a, b Feed) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// FeedAppointments returns what a feed shows: the appointments of its
// room or clerk, not cancelled, from since on, by time.
func (s *State) FeedAppointments(f Feed, since time.Time) []Appointment {
	var out []Appointment
	for _, a := range s.appointments {
		mine := (f.Type == FeedRoom && a.Room == f.Of) || (f.Type == FeedClerk && a.Clerk == f.Of)
		if mine && !a.Cancelled && !a.End().Before(since) {
			out = append(out, *a)
		}
	}
	slices.SortFunc(out, func(a, b Appointment) int { return cmp.Or(a.At.Compare(b.At), cmp.Compare(a.ID, b.ID)) })
	return out
}

func applyFeedCreated(s *State, ev event.Event, v FeedCreated) {
	s.feeds[ev.Seq] = &Feed{ID: ev.Seq, Type: v.Type, Of: v.Of, Created: ev.Time, Hash: v.Hash}
}
