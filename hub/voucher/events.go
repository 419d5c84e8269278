package voucher

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"vuoro/hub/event"
)

// Kinds of the events in the log; all start with "voucher.".
const (
	KindStaffAdded     = "voucher.staff_added"
	KindProviderAdded  = "voucher.provider_added"
	KindGranted        = "voucher.granted"
	KindProxySet       = "voucher.proxy_set"
	KindEnded          = "voucher.ended"
	KindOpened         = "voucher.opened" // a provider entered the number
	KindServiceEvent   = "voucher.service_recorded"
	KindFeedbackGiven  = "voucher.feedback_given"
	KindFeedbackReply  = "voucher.feedback_replied"
	KindPersonalDataIn = "voucher.personal_data_seen"
)

// ProxySet names a voucher's proxy.
type ProxySet struct {
	Voucher uint64 `json:"voucher"`
	Proxy   Person `json:"proxy"`
}

// Ref names a voucher.
type Ref struct {
	Voucher uint64 `json:"voucher"`
}

// Opened gives a provider the right to record for a voucher's client.
type Opened struct {
	Voucher  uint64 `json:"voucher"`
	Provider string `json:"provider"`
}

// Replied is a provider's reply to a feedback.
type Replied struct {
	Feedback uint64 `json:"feedback"`
	Text     string `json:"text"`
}

// Seen records that someone was shown personal data: who (a staff or
// provider login, or a citizen's Person in Viewer), on which page, of which
// vouchers' people.
type Seen struct {
	Role     string   `json:"role"`
	Viewer   string   `json:"viewer"`
	Page     string   `json:"page"`
	Vouchers []uint64 `json:"vouchers"`
}

var appliers = map[string]func(*State, event.Event) error{
	KindStaffAdded:     applyAs(func(s *State, _ event.Event, v Staff) { s.Staff[v.Login] = v }),
	KindProviderAdded:  applyAs(func(s *State, _ event.Event, v Provider) { s.Providers = append(s.Providers, v) }),
	KindGranted:        applyAs(applyGranted),
	KindProxySet:       applyAs(func(s *State, _ event.Event, v ProxySet) { s.vouchers[v.Voucher].Proxy = v.Proxy }),
	KindEnded:          applyAs(func(s *State, ev event.Event, v Ref) { s.vouchers[v.Voucher].Ended = ev.Time }),
	KindOpened:         applyAs(applyOpened),
	KindServiceEvent:   applyAs(applyServiceEvent),
	KindFeedbackGiven:  applyAs(applyFeedback),
	KindFeedbackReply:  applyAs(applyReply),
	KindPersonalDataIn: applyAs(func(*State, event.Event, Seen) {}),
}

func applyAs[T any](fn func(*State, event.Event, T)) func(*State, event.Event) error {
	return func(s *State, ev event.Event) error {
		var v T
		if err := json.Unmarshal(ev.Payload, &v); err != nil {
			return fmt.Errorf("voucher: event %d (%s): %w", ev.Seq, ev.Kind, err)
		}
		fn(s, ev, v)
		return nil
	}
}

// apply changes s by ev. Events of other parts of the hub sharing the log
// are skipped.
func (s *State) apply(ev event.Event) error {
	if !strings.HasPrefix(ev.Kind, "voucher.") {
		return nil
	}
	fn, ok := appliers[ev.Kind]
	if !ok {
		return fmt.Errorf("voucher: event %d has unknown kind %q (written by a newer hub?)", ev.Seq, ev.Kind)
	}
	return fn(s, ev)
}

func applyGranted(s *State, ev event.Event, v Voucher) {
	v.ID, v.Granted = ev.Seq, ev.Time
	s.vouchers[v.ID] = &v
	s.order = append(s.order, v.ID)
	s.numbers[Normalize(v.Number)] = v.ID
}

func applyOpened(s *State, ev event.Event, v Opened) {
	if s.access[v.Provider] == nil {
		s.access[v.Provider] = map[uint64]time.Time{}
	}
	if _, ok := s.access[v.Provider][v.Voucher]; !ok {
		s.access[v.Provider][v.Voucher] = ev.Time
	}
}

func applyServiceEvent(s *State, ev event.Event, v ServiceEvent) {
	v.ID, v.Recorded = ev.Seq, ev.Time
	s.events = append(s.events, v)
	s.vouchers[v.Voucher].Used += v.Amount
}

func applyFeedback(s *State, ev event.Event, v Feedback) {
	v.ID, v.Given = ev.Seq, ev.Time
	s.feedback = append(s.feedback, &v)
}

func applyReply(s *State, ev event.Event, v Replied) {
	f := s.Feedback(v.Feedback)
	f.Reply, f.Replied, f.RepliedBy = v.Text, ev.Time, ev.Actor
}
