package devsync

import (
	"reflect"
	"time"

	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// configSent is what a display was last sent of its configuration: the
// configuration (its header's time left out), or nothing, its
// configuration cleared.
type configSent struct {
	config  wire.DisplayConfig
	cleared bool
}

// displayConfigs are the displays' configurations that changed since last
// sent: set up by an admin, or their waiting area's rooms changed. A
// revoked display's is cleared (an empty retained message), so nobody who
// later takes its id finds it.
func (s *Sync) displayConfigs(st *queue.State, now time.Time) []outbound {
	var out []outbound
	for _, d := range st.Devices() {
		if d.Kind == queue.DeviceKiosk || !wire.ValidID(d.ID) {
			continue
		}
		sent := configOf(st, d)
		if old, ok := s.last.configs[d.ID]; ok && reflect.DeepEqual(old, sent) {
			continue
		}
		s.last.configs[d.ID] = sent
		topic := wire.Topic{Kind: wire.KindDisplayConfig, Site: s.opts.Site, ID: d.ID}
		if sent.cleared {
			out = append(out, outbound{topic: topic, retain: true})
			continue
		}
		m := sent.config
		m.Header = wire.NewHeader(now)
		out = append(out, outbound{topic, &m, true})
	}
	return out
}

// configOf is what display d is to be sent.
func configOf(st *queue.State, d queue.Device) configSent {
	if !d.Revoked.IsZero() {
		return configSent{cleared: true}
	}
	c := d.DisplayConfigOf()
	var rooms []string
	if c.WaitingArea != "" {
		rooms = st.WaitingAreaRooms(c.WaitingArea)
	}
	return configSent{config: queue.WireDisplayConfig(d.ID, c, rooms)}
}

// areaSnapshots are the display snapshots of the site's waiting areas,
// each of the latest calls to its own rooms: a quiet area keeps its calls
// while another is busy.
func areaSnapshots(st *queue.State, log string, now time.Time) []*wire.DisplaySnapshot {
	var out []*wire.DisplaySnapshot
	for _, a := range st.Site.WaitingRooms {
		if !wire.ValidID(a.ID) {
			continue
		}
		d := snapshotOf(st, st.RecentCallsIn(st.WaitingAreaRooms(a.ID)), log, now)
		d.Area = a.ID
		out = append(out, d)
	}
	return out
}
