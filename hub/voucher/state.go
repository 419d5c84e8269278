package voucher

import (
	"slices"
	"time"
)

// State is what the log makes: read it only inside Engine.Read.
type State struct {
	Staff     map[string]Staff
	Providers []Provider
	vouchers  map[uint64]*Voucher
	order     []uint64 // vouchers in the order granted
	numbers   map[string]uint64
	access    map[string]map[uint64]time.Time // provider → voucher → since
	events    []ServiceEvent
	feedback  []*Feedback
}

func newState() *State {
	return &State{Staff: map[string]Staff{}, vouchers: map[uint64]*Voucher{}, numbers: map[string]uint64{},
		access: map[string]map[uint64]time.Time{}}
}

// Voucher returns the voucher with id.
func (s *State) Voucher(id uint64) (Voucher, bool) {
	v, ok := s.vouchers[id]
	if !ok {
		return Voucher{}, false
	}
	return *v, true
}

// Vouchers returns the vouchers for which keep is true, oldest first.
func (s *State) Vouchers(keep func(Voucher) bool) []Voucher {
	var out []Voucher
	for _, id := range s.order {
		if v := *s.vouchers[id]; keep(v) {
			out = append(out, v)
		}
	}
	return out
}

// Provider returns the provider with id.
func (s *State) Provider(id string) (Provider, bool) {
	i := slices.IndexFunc(s.Providers, func(p Provider) bool { return p.ID == id })
	if i < 0 {
		return Provider{}, false
	}
	return s.Providers[i], true
}

// ProviderByLogin returns the provider a login belongs to.
func (s *State) ProviderByLogin(login string) (Provider, bool) {
	i := slices.IndexFunc(s.Providers, func(p Provider) bool { return p.Login == login })
	if i < 0 {
		return Provider{}, false
	}
	return s.Providers[i], true
}

// Events returns the service events for which keep is true, oldest first.
func (s *State) Events(keep func(ServiceEvent) bool) []ServiceEvent {
	var out []ServiceEvent
	for _, e := range s.events {
		if keep(e) {
			out = append(out, e)
		}
	}
	return out
}

// Feedback returns the feedback with id, nil if none.
func (s *State) Feedback(id uint64) *Feedback {
	i := slices.IndexFunc(s.feedback, func(f *Feedback) bool { return f.ID == id })
	if i < 0 {
		return nil
	}
	return s.feedback[i]
}

// Feedbacks returns copies of the feedback for which keep is true, newest first.
func (s *State) Feedbacks(keep func(Feedback) bool) []Feedback {
	var out []Feedback
	for i := len(s.feedback) - 1; i >= 0; i-- {
		if f := *s.feedback[i]; keep(f) {
			out = append(out, f)
		}
	}
	return out
}

// Clients returns the vouchers whose number provider has entered.
func (s *State) Clients(provider string) []Voucher {
	return s.Vouchers(func(v Voucher) bool { return s.ProviderMay(provider, v.ID) })
}
