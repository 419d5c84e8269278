package devsync

import (
	"maps"
	"slices"

	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

type outbound struct {
	topic  wire.Topic
	msg    wire.Message
	retain bool
}

// flush publishes what changed, built from the engine's current state.
func (s *Sync) flush() {
	s.mu.Lock()
	c := s.pending
	s.pending = newChanges()
	s.mu.Unlock()
	var out []outbound
	s.eng.Read(func(st *queue.State) { out = s.build(c, st) })
	for _, o := range out {
		s.publish(o)
	}
}

func (s *Sync) build(c changes, st *queue.State) []outbound {
	now := s.opts.Now()
	site := s.opts.Site
	var out []outbound
	add := func(k wire.Kind, id string, m wire.Message, retain bool) {
		out = append(out, outbound{wire.Topic{Kind: k, Site: site, ID: id}, m, retain})
	}
	if c.all || c.catalog {
		add(wire.KindCatalog, "", catalog(st, now), true)
	}
	for _, call := range c.calls {
		add(wire.KindCall, "", &wire.Call{Header: wire.NewHeader(now), CallEntry: call}, false)
	}
	if c.all || c.display {
		add(wire.KindDisplay, "", displaySnapshot(st, now), true)
	}
	for _, r := range ids(c.all, c.rooms, st.Rooms, func(r queue.Room) string { return r.ID }) {
		add(wire.KindRoom, r, roomState(st, r, now), true)
	}
	for _, sv := range ids(c.all, c.queues, st.Services, func(v queue.Service) string { return v.ID }) {
		add(wire.KindQueue, sv, &wire.QueueStatus{Header: wire.NewHeader(now), Service: sv, Waiting: len(st.Waiting(sv))}, true)
	}
	return out
}

// ids returns the changed ids, or every id of items when all is set.
func ids[T any](all bool, changed map[string]bool, items []T, id func(T) string) []string {
	if !all {
		return slices.Sorted(maps.Keys(changed))
	}
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = id(it)
	}
	return out
}

func (s *Sync) publish(o outbound) {
	b, err := wire.Encode(o.msg)
	if err == nil {
		err = s.bus.Publish(o.topic.String(), b, o.retain)
	}
	if err != nil {
		s.opts.Logger.Error("publish failed", "topic", o.topic.String(), "err", err)
	}
}
