package devsync

import (
	"errors"
	"maps"
	"reflect"
	"slices"
	"time"

	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// The offline kiosk's side of the bridge: every active kiosk's blocks of
// numbers are kept topped up (queue.Engine.TopUpBlocks) and published,
// retained, on its blocks topic; the tickets it issued from them while it
// could not reach the hub are recorded once and acknowledged.

// topUp grants the blocks due, if any; the engine's events bring them to
// the kiosks at the next flush.
func (s *Sync) topUp() {
	due := false
	s.eng.Read(func(st *queue.State) { due = st.BlocksDue(s.opts.Now()) })
	if !due {
		return
	}
	if _, err := s.eng.TopUpBlocks(); err != nil {
		s.opts.Logger.Error("blocks of numbers not granted", "err", err)
	}
}

// deliver records an offline ticket and acknowledges it. A ticket the
// engine could not save gets no ack: the kiosk keeps it and sends it again.
func (s *Sync) deliver(t wire.Topic, m *wire.OfflineTicket) {
	got, err := s.eng.DeliverOffline("kiosk:"+m.Device, queue.OfflineTicket{RequestID: m.ID, Device: m.Device,
		Service: m.Service, Day: m.Day, Number: m.Number, CheckedIn: m.CheckedIn, Persons: m.Persons})
	ack := &wire.OfflineAck{Header: wire.NewHeader(s.opts.Now()), RequestID: m.ID, Outcome: wire.OfflineRecorded}
	switch {
	case errors.Is(err, queue.ErrNotFound), errors.Is(err, queue.ErrExists), errors.Is(err, queue.ErrInvalid):
		s.opts.Logger.Warn("offline ticket refused", "device", m.Device, "call_id", m.CallID, "err", err)
		ack.Outcome, ack.Error = wire.OfflineRefused, &wire.Error{Code: wire.ErrCodeInvalid, Message: err.Error()}
	case err != nil:
		s.opts.Logger.Error("offline ticket not recorded", "device", m.Device, "err", err)
		return
	case got.Expired:
		ack.Outcome = wire.OfflineExpired
	}
	if err == nil && !got.Repeat {
		s.opts.Logger.Info("offline ticket recorded", "call_id", got.Ticket.CallID, "service", m.Service, "device", m.Device,
			"expired", got.Expired)
	}
	s.publish(outbound{topic: wire.Topic{Kind: wire.KindOfflineAck, Site: t.Site, ID: t.ID}, msg: ack})
	s.topUp()
}

// blockSets are the kiosks' block sets that changed since last sent. A
// revoked kiosk is sent an empty set: its blocks are void.
func (s *Sync) blockSets(st *queue.State, now time.Time) []outbound {
	var out []outbound
	for _, d := range st.Devices() {
		if d.Kind != queue.DeviceKiosk || d.Active.IsZero() || !wire.ValidID(d.ID) {
			continue
		}
		set := blockSet(st.Blocks(d.ID))
		if old, ok := s.last.blocks[d.ID]; ok && reflect.DeepEqual(old, set) {
			continue
		}
		s.last.blocks[d.ID] = set
		m := &wire.BlockSet{Header: wire.NewHeader(now), Device: d.ID, Blocks: set}
		out = append(out, outbound{wire.Topic{Kind: wire.KindBlocks, Site: s.opts.Site, ID: d.ID}, m, true})
	}
	return out
}

func blockSet(blocks []queue.Block) []wire.Block {
	out := []wire.Block{}
	for _, b := range blocks {
		out = append(out, wire.Block{Service: b.Service, Letter: b.Letter, Day: b.Day, First: b.First, Last: b.Last,
			Used: slices.Sorted(maps.Keys(b.Used))})
	}
	return out
}
