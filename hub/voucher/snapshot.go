package voucher

import (
	"maps"
	"slices"
	"time"

	"vuoro/hub/event"
)

// snapshotVersion is the version of the snapshot encoding. Change it with
// any change to State or to what an applier does: a snapshot of another
// version is not used, and the hub replays the whole log instead.
const snapshotVersion = 1

// snapshot is the whole State as it is encoded.
type snapshot struct {
	Staff     map[string]Staff                `json:"staff"`
	Providers []Provider                      `json:"providers"`
	Vouchers  []Voucher                       `json:"vouchers"` // in the order granted
	Numbers   map[string]uint64               `json:"numbers"`
	Access    map[string]map[uint64]time.Time `json:"access"`
	Events    []ServiceEvent                  `json:"events"`
	Feedback  []Feedback                      `json:"feedback"`
}

// capture copies the state under the engine's lock and returns the
// encoder of the copy, which runs outside it. Service events are only
// ever appended, so the copy shares them.
func (s *State) capture() func() ([]byte, error) {
	v := snapshot{Staff: maps.Clone(s.Staff), Providers: slices.Clone(s.Providers), Numbers: maps.Clone(s.numbers),
		Access: maps.Clone(s.access), Events: slices.Clip(s.events)}
	for p, m := range v.Access {
		v.Access[p] = maps.Clone(m)
	}
	for _, id := range s.order {
		v.Vouchers = append(v.Vouchers, *s.vouchers[id])
	}
	for _, f := range s.feedback {
		v.Feedback = append(v.Feedback, *f)
	}
	return func() ([]byte, error) { return event.EncodeSnapshot("voucher", snapshotVersion, v) }
}

func (s *State) encode() ([]byte, error) { return s.capture()() }

func decodeState(data []byte) (*State, error) {
	var v snapshot
	if err := event.DecodeSnapshot("voucher", snapshotVersion, data, &v); err != nil {
		return nil, err
	}
	s := newState()
	s.Providers, s.events = v.Providers, v.Events
	for k, x := range v.Staff {
		s.Staff[k] = x
	}
	for k, x := range v.Numbers {
		s.numbers[k] = x
	}
	for k, x := range v.Access {
		s.access[k] = x
	}
	for _, vc := range v.Vouchers {
		s.vouchers[vc.ID] = &vc
		s.order = append(s.order, vc.ID)
	}
	for _, f := range v.Feedback {
		s.feedback = append(s.feedback, &f)
	}
	return s, nil
}
