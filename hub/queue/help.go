package queue

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"vuoro/hub/event"
)

// HelpStatus is where a kiosk's help request is.
type HelpStatus string

// The statuses of a help request.
const (
	HelpStatusOpen   HelpStatus = "open"   // requested; no advisor has taken it yet
	HelpStatusTaken  HelpStatus = "taken"  // an advisor acknowledged it and is on the way
	HelpStatusClosed HelpStatus = "closed" // helped, or the visit it was about ended
)

// Help is a citizen's call for help at a kiosk. It holds no personal data.
type Help struct {
	ID      uint64     `json:"id"` // the sequence number of the request's event
	Device  string     `json:"device"`
	Screen  string     `json:"screen,omitempty"`
	Lang    string     `json:"lang,omitempty"`
	At      time.Time  `json:"at"`
	Status  HelpStatus `json:"state"`
	Ticket  uint64     `json:"ticket,omitempty"` // the visit issued at the kiosk just before, if any
	TakenBy string     `json:"taken_by,omitempty"`
	Taken   time.Time  `json:"taken,omitzero"`
	Closed  time.Time  `json:"closed,omitzero"`
	// RequestID is the kiosk's message id of the request.
	RequestID string `json:"request_id,omitempty"`

	tracked bool // recorded by an engine that keeps requests until closed
}

// HelpCall is a kiosk's help request, as the engine is asked to record it.
type HelpCall struct {
	RequestID string // the kiosk's message id; a repeat returns the same request
	Device    string
	Screen    string
	Lang      string
	// TicketRequest is the message id of the ticket request the kiosk got a
	// ticket with just before, if any: the help is then about that visit.
	TicketRequest string
}

// RecordHelp records a citizen's call for help at a kiosk. A call whose
// request id was already recorded for the device returns that request.
func (e *Engine) RecordHelp(c HelpCall) (Help, error) {
	var out Help
	err := e.do(func(s *State) error {
		if h, ok := s.lastHelp[c.Device]; ok && c.RequestID != "" && h.RequestID == c.RequestID {
			out = *h
			return nil
		}
		p := HelpRequested{Device: c.Device, Screen: c.Screen, Lang: c.Lang, RequestID: c.RequestID,
			Ticket: s.kioskVisit(c.Device, c.TicketRequest), Tracked: true}
		ev, err := e.commit("kiosk:"+c.Device, p)
		if err == nil {
			out = *s.helps[ev.Seq]
		}
		return err
	})
	return out, err
}

// kioskVisit returns the open visit that the ticket request issued at
// device, or 0.
func (s *State) kioskVisit(device, request string) uint64 {
	id, ok := s.requests[request]
	if request == "" || !ok {
		return 0
	}
	if t, ok := s.tickets[id]; ok && t.Device == device && t.Status.Open() {
		return id
	}
	return 0
}

// AckHelp records that actor takes an open help request: they are on the
// way to the kiosk.
func (e *Engine) AckHelp(actor string, help uint64) (Help, error) {
	return e.changeHelp(actor, help, HelpStatusOpen, HelpAcked{Help: help})
}

// CloseHelp records that actor has helped: the request, open or taken,
// is closed.
func (e *Engine) CloseHelp(actor string, help uint64) (Help, error) {
	return e.changeHelp(actor, help, "", HelpClosed{Help: help})
}

// changeHelp commits p on an open help request, if it is in status from
// (any open status when from is empty).
func (e *Engine) changeHelp(actor string, help uint64, from HelpStatus, p Payload) (Help, error) {
	var out Help
	err := e.do(func(s *State) error {
		h, ok := s.helps[help]
		switch {
		case !ok:
			return fmt.Errorf("%w: open help request %d", ErrNotFound, help)
		case from != "" && h.Status != from:
			return fmt.Errorf("%w: help request %d is %s", ErrTransition, help, h.Status)
		}
		if _, err := e.commit(actor, p); err != nil {
			return err
		}
		out = *h
		return nil
	})
	return out, err
}

// OpenHelp returns the help requests not yet closed, oldest first.
func (s *State) OpenHelp() []Help {
	out := make([]Help, 0, len(s.helps))
	for _, h := range s.helps {
		out = append(out, *h)
	}
	slices.SortFunc(out, func(a, b Help) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// HelpRequest returns the open help request with id.
func (s *State) HelpRequest(id uint64) (Help, bool) {
	h, ok := s.helps[id]
	if !ok {
		return Help{}, false
	}
	return *h, true
}

// KioskHelp returns each kiosk's latest help request, closed or not, by
// device.
func (s *State) KioskHelp() map[string]Help {
	out := make(map[string]Help, len(s.lastHelp))
	for d, h := range s.lastHelp {
		out[d] = *h
	}
	return out
}

func applyHelpRequested(s *State, ev event.Event, v HelpRequested) {
	h := &Help{ID: ev.Seq, Device: v.Device, Screen: v.Screen, Lang: v.Lang, At: ev.Time, Status: HelpStatusOpen,
		Ticket: v.Ticket, RequestID: v.RequestID, tracked: v.Tracked}
	s.helps[ev.Seq] = h
	s.lastHelp[v.Device] = h
}

// applyHelpAcked marks a request taken. A request from an older log, made
// when an acknowledgement was the end of it, closes.
func applyHelpAcked(s *State, ev event.Event, v HelpAcked) {
	h, ok := s.helps[v.Help]
	switch {
	case !ok: // older logs may acknowledge any event
	case !h.tracked:
		s.closeHelp(h, ev.Time)
	default:
		h.Status, h.TakenBy, h.Taken = HelpStatusTaken, ev.Actor, ev.Time
	}
}

func applyHelpClosed(s *State, ev event.Event, v HelpClosed) {
	if h, ok := s.helps[v.Help]; ok {
		s.closeHelp(h, ev.Time)
	}
}

func (s *State) closeHelp(h *Help, at time.Time) {
	h.Status, h.Closed = HelpStatusClosed, at
	delete(s.helps, h.ID)
}

// closeHelpOfEndedVisits closes the help requests about a visit that is
// over: ended, a no-show, deleted or expired. It runs after every event,
// so a new way for a visit to end closes its help too.
func (s *State) closeHelpOfEndedVisits(ev event.Event) {
	for _, h := range s.helps {
		if t, ok := s.tickets[h.Ticket]; ok && !t.Status.Open() {
			s.closeHelp(h, ev.Time)
		}
	}
}
