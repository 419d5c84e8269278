package voucher

import (
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

// Payload is the decoded payload of one of the voucher events: each kind
// has its own Go type, whose Kind method names it. Consumers switch on the
// type.
type Payload = event.Payload

// The payloads of the kinds, in the JSON the hub has always written.
type (
	StaffAdded    struct{ Staff }
	ProviderAdded struct{ Provider }
	Granted       struct{ Voucher } // its ID and Granted are the event's
	// ProxySet names a voucher's proxy.
	ProxySet struct {
		Voucher uint64 `json:"voucher"`
		Proxy   Person `json:"proxy"`
	}
	Ended struct{ Ref }
	// Opened gives a provider the right to record for a voucher's client.
	Opened struct {
		Voucher  uint64 `json:"voucher"`
		Provider string `json:"provider"`
	}
	ServiceRecorded struct{ ServiceEvent } // its ID and Recorded are the event's
	FeedbackGiven   struct{ Feedback }     // its ID and Given are the event's
	// Replied is a provider's reply to a feedback.
	Replied struct {
		Feedback uint64 `json:"feedback"`
		Text     string `json:"text"`
	}
	// Seen records that someone was shown personal data: who (a staff or
	// provider login, or a citizen's Person in Viewer), on which page, of
	// which vouchers' people, and for a citizen acting for someone else on
	// what ground (Basis: BasisProxy or BasisMandate).
	Seen struct {
		Role     string   `json:"role"`
		Viewer   string   `json:"viewer"`
		Page     string   `json:"page"`
		Vouchers []uint64 `json:"vouchers"`
		Basis    string   `json:"basis,omitempty"`
	}
	// Ref names a voucher.
	Ref struct {
		Voucher uint64 `json:"voucher"`
	}
)

func (StaffAdded) Kind() string      { return KindStaffAdded }
func (ProviderAdded) Kind() string   { return KindProviderAdded }
func (Granted) Kind() string         { return KindGranted }
func (ProxySet) Kind() string        { return KindProxySet }
func (Ended) Kind() string           { return KindEnded }
func (Opened) Kind() string          { return KindOpened }
func (ServiceRecorded) Kind() string { return KindServiceEvent }
func (FeedbackGiven) Kind() string   { return KindFeedbackGiven }
func (Replied) Kind() string         { return KindFeedbackReply }
func (Seen) Kind() string            { return KindPersonalDataIn }

// Decode decodes the payload of a stored voucher event into the Go type of
// its kind.
func Decode(ev event.Event) (Payload, error) { return appliers.Decode(ev) }

// appliers are the voucher events: each kind's payload type and the change
// of state it makes.
var appliers = event.NewKinds("voucher",
	event.On(func(s *State, _ event.Event, v StaffAdded) { s.Staff[v.Login] = v.Staff }),
	event.On(func(s *State, _ event.Event, v ProviderAdded) { s.Providers = append(s.Providers, v.Provider) }),
	event.On(applyGranted),
	event.On(func(s *State, _ event.Event, v ProxySet) { s.vouchers[v.Voucher].Proxy = v.Proxy }),
	event.On(func(s *State, ev event.Event, v Ended) { s.vouchers[v.Voucher].Ended = ev.Time }),
	event.On(applyOpened),
	event.On(applyServiceEvent),
	event.On(applyFeedback),
	event.On(applyReply),
	event.On(func(*State, event.Event, Seen) {}),
)

// take decodes a voucher event; events of other parts of the hub sharing
// the log are skipped (nil).
func (s *State) take(ev event.Event) (Payload, error) {
	if !strings.HasPrefix(ev.Kind, "voucher.") {
		return nil, nil
	}
	return Decode(ev)
}

// apply changes s by an event take let through.
func (s *State) apply(ev event.Event, p Payload) {
	if p != nil {
		appliers.Apply(s, ev, p)
	}
}

func applyGranted(s *State, ev event.Event, g Granted) {
	v := g.Voucher
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

func applyServiceEvent(s *State, ev event.Event, r ServiceRecorded) {
	v := r.ServiceEvent
	v.ID, v.Recorded = ev.Seq, ev.Time
	s.events = append(s.events, v)
	s.vouchers[v.Voucher].Used += v.Amount
}

func applyFeedback(s *State, ev event.Event, g FeedbackGiven) {
	v := g.Feedback
	v.ID, v.Given = ev.Seq, ev.Time
	s.feedback = append(s.feedback, &v)
}

func applyReply(s *State, ev event.Event, v Replied) {
	f := s.Feedback(v.Feedback)
	f.Reply, f.Replied, f.RepliedBy = v.Text, ev.Time, ev.Actor
}
