package web

import "sync"

// guarded is a map behind a mutex: the console's in-memory tables
// (sessions, login failures, live streams) are each one.
type guarded[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func newGuarded[K comparable, V any]() guarded[K, V] { return guarded[K, V]{m: map[K]V{}} }

// with calls fn with the map, locked.
func (g *guarded[K, V]) with(fn func(m map[K]V)) {
	g.mu.Lock()
	defer g.mu.Unlock()
	fn(g.m)
}

func (g *guarded[K, V]) put(k K, v V) { g.with(func(m map[K]V) { m[k] = v }) }

func (g *guarded[K, V]) del(k K) { g.with(func(m map[K]V) { delete(m, k) }) }
