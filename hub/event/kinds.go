package event

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
)

// ErrUnknownKind is an event of a kind its engine does not know: written by
// a newer hub, or not by a hub at all.
var ErrUnknownKind = errors.New("unknown event kind")

// Payload is the decoded payload of an event. Each kind of event has its
// own Go type, whose Kind names it; consumers switch on the type.
type Payload interface {
	Kind() string
}

// Kinds are an engine's kinds of event: for each, the Go type its payload
// decodes to and how it changes the engine's state S.
type Kinds[S any] struct {
	name string // the engine, for errors
	rows map[string]Row[S]
}

// Row is one kind of event: its payload's decoder and its applier.
type Row[S any] struct {
	kind   string
	decode func(json.RawMessage) (Payload, error)
	apply  func(S, Event, Payload)
}

// On is the row of the kind of payload P, applied to the state by fn.
func On[S any, P Payload](fn func(S, Event, P)) Row[S] {
	var zero P
	return Row[S]{
		kind: zero.Kind(),
		decode: func(raw json.RawMessage) (Payload, error) {
			var v P
			err := json.Unmarshal(raw, &v)
			return v, err
		},
		apply: func(s S, ev Event, p Payload) { fn(s, ev, p.(P)) },
	}
}

// NewKinds returns the kinds of the rows. name prefixes errors ("queue: …").
// Two rows of one kind are a programming error: it panics.
func NewKinds[S any](name string, rows ...Row[S]) Kinds[S] {
	k := Kinds[S]{name: name, rows: make(map[string]Row[S], len(rows))}
	for _, r := range rows {
		if _, twice := k.rows[r.kind]; twice {
			panic(fmt.Sprintf("%s: two rows of event kind %q", name, r.kind))
		}
		k.rows[r.kind] = r
	}
	return k
}

// Decode decodes the payload of a stored event into the Go type of its
// kind.
func (k Kinds[S]) Decode(ev Event) (Payload, error) {
	r, ok := k.rows[ev.Kind]
	if !ok {
		return nil, fmt.Errorf("%s: %w %q (written by a newer hub?)", k.name, ErrUnknownKind, ev.Kind)
	}
	p, err := r.decode(ev.Payload)
	if err != nil {
		return nil, fmt.Errorf("%s: %s payload: %w", k.name, ev.Kind, err)
	}
	return p, nil
}

// Apply changes s by ev, whose payload p Decode made.
func (k Kinds[S]) Apply(s S, ev Event, p Payload) { k.rows[ev.Kind].apply(s, ev, p) }

// Names returns the kinds, sorted.
func (k Kinds[S]) Names() []string { return slices.Sorted(maps.Keys(k.rows)) }
