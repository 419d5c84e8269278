package devsync

import (
	"reflect"

	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

type outbound struct {
	topic  wire.Topic
	msg    wire.Message
	retain bool
}

// published is what devices were last sent, to send only what changed.
type published struct {
	catalog []wire.Agency
	site    wire.Site
	display uint64 // seq of the last display snapshot
	rooms   map[string]roomKey
	queues  map[string]wire.QueueStatus
	helps   map[string]helpSent // by kiosk
	blocks  map[string][]wire.Block
	configs map[string]configSent // by display
}

// flush publishes what changed, built from the engine's current state.
func (s *Sync) flush() {
	s.mu.Lock()
	c := s.pending
	s.pending = changes{}
	s.mu.Unlock()
	if c.republish {
		s.last = newPublished() // everything differs from nothing: all is sent
	}
	if c.topUp {
		s.topUp()
	}
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
	if cat := catalog(st, now, s.publicURL()); !reflect.DeepEqual(cat.Agencies, s.last.catalog) || !reflect.DeepEqual(cat.Site, s.last.site) {
		s.last.catalog, s.last.site = cat.Agencies, cat.Site
		add(wire.KindCatalog, "", cat, true)
	}
	for _, call := range c.calls {
		call.Header = wire.NewHeader(now)
		add(wire.KindCall, "", &call, false)
	}
	if c.display || s.last.display == 0 {
		s.last.display = st.Seq
		add(wire.KindDisplay, "", displaySnapshot(st, s.opts.Log, now), true)
		for _, d := range areaSnapshots(st, s.opts.Log, now) {
			add(wire.KindAreaDisplay, d.Area, d, true)
		}
	}
	for _, r := range st.Rooms {
		rs := roomState(st, r.ID, s.opts.Log, now)
		key := roomKey{rs.Visit, rs.CallID, rs.Status, rs.Recalls}
		if old, ok := s.last.rooms[r.ID]; !ok || old != key {
			s.last.rooms[r.ID] = key
			add(wire.KindRoom, r.ID, rs, true)
		}
	}
	for _, sv := range st.Services {
		q := wire.QueueStatus{Service: sv.ID, Waiting: len(st.Waiting(sv.ID)), Paused: sv.Paused}
		if old, ok := s.last.queues[sv.ID]; !ok || old != q {
			s.last.queues[sv.ID] = q
			q.Header = wire.NewHeader(now)
			add(wire.KindQueue, sv.ID, &q, true)
		}
	}
	out = append(out, s.blockSets(st, now)...)
	out = append(out, s.displayConfigs(st, now)...)
	return append(out, s.helpStates(st, now)...)
}

func newPublished() published {
	return published{rooms: map[string]roomKey{}, queues: map[string]wire.QueueStatus{}, helps: map[string]helpSent{},
		blocks: map[string][]wire.Block{}, configs: map[string]configSent{}}
}

// roomKey is what a counter display shows of a room: the visit called or
// served, the room's status, and the recalls of the call (each chimes the
// counter again). Every event wakes the flush, so a room event
// (room.opened, room.paused, room.closed), a visit's start or a recall
// republishes its room when this changes.
type roomKey struct {
	visit   uint64
	callID  string
	status  wire.RoomStatus
	recalls int
}

// publish sends o; one with no message clears the topic's retained one.
func (s *Sync) publish(o outbound) {
	var b []byte
	var err error
	if o.msg != nil {
		b, err = wire.Encode(o.msg)
	}
	if err == nil {
		err = s.bus.Publish(o.topic.String(), b, o.retain)
	}
	if err != nil {
		s.opts.Logger.Error("publish failed", "topic", o.topic.String(), "err", err)
	}
}
