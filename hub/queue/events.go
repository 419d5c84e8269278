package queue

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"vuoro/hub/event"
)

// The kinds of event the engine writes.
const (
	KindSiteSet       = "site.set"
	KindAgencyAdded   = "agency.added"
	KindServiceAdded  = "service.added"
	KindRoomAdded     = "room.added"
	KindClerkAdded    = "clerk.added"
	KindTicketIssued  = "ticket.issued"
	KindTicketCalled  = "ticket.called"
	KindVisitEnded    = "visit.ended"
	KindHelpRequested = "kiosk.help"
)

// TicketIssued is the payload of KindTicketIssued.
type TicketIssued struct {
	Service   string `json:"service"`
	Number    int    `json:"number"`
	CallID    string `json:"call_id"`
	Day       string `json:"day"`
	RequestID string `json:"request_id"`
	Device    string `json:"device"`
	Persons   int    `json:"persons"`
}

// TicketCalled is the payload of KindTicketCalled.
type TicketCalled struct {
	Ticket uint64 `json:"ticket"`
	Room   string `json:"room"`
	Clerk  string `json:"clerk"`
}

// VisitEnded is the payload of KindVisitEnded.
type VisitEnded struct {
	Ticket uint64 `json:"ticket"`
	Clerk  string `json:"clerk"`
}

// HelpRequested is the payload of KindHelpRequested.
type HelpRequested struct {
	Device string `json:"device"`
	Screen string `json:"screen"`
	Lang   string `json:"lang"`
}

// appliers turn each kind of event into its change of state. They may
// assume the change was validated when it was decided.
var appliers = map[string]func(*State, event.Event) error{
	KindSiteSet:       applyAs(func(s *State, _ event.Event, v Site) { s.Site = v; s.loc = location(v.TimeZone) }),
	KindAgencyAdded:   applyAs(func(s *State, _ event.Event, v Agency) { s.Agencies = append(s.Agencies, v) }),
	KindServiceAdded:  applyAs(func(s *State, _ event.Event, v Service) { s.Services = append(s.Services, v) }),
	KindRoomAdded:     applyAs(func(s *State, _ event.Event, v Room) { s.Rooms = append(s.Rooms, v) }),
	KindClerkAdded:    applyAs(func(s *State, _ event.Event, v Clerk) { s.Clerks[v.Login] = v }),
	KindTicketIssued:  applyAs(applyIssued),
	KindTicketCalled:  applyAs(applyCalled),
	KindVisitEnded:    applyAs(applyEnded),
	KindHelpRequested: applyAs(func(*State, event.Event, HelpRequested) {}),
}

func applyAs[T any](fn func(*State, event.Event, T)) func(*State, event.Event) error {
	return func(s *State, ev event.Event) error {
		var v T
		if err := json.Unmarshal(ev.Payload, &v); err != nil {
			return fmt.Errorf("queue: event %d (%s): %w", ev.Seq, ev.Kind, err)
		}
		fn(s, ev, v)
		return nil
	}
}

func (s *State) apply(ev event.Event) error {
	fn, ok := appliers[ev.Kind]
	if !ok {
		return fmt.Errorf("queue: event %d has unknown kind %q (written by a newer hub?)", ev.Seq, ev.Kind)
	}
	if err := fn(s, ev); err != nil {
		return err
	}
	s.Seq = ev.Seq
	return nil
}

func location(name string) *time.Location {
	if loc, err := time.LoadLocation(name); err == nil {
		return loc
	}
	return time.UTC
}

func applyIssued(s *State, ev event.Event, v TicketIssued) {
	s.tickets[ev.Seq] = &Ticket{ID: ev.Seq, CallID: v.CallID, Service: v.Service, Number: v.Number,
		Day: v.Day, Status: Waiting, Persons: v.Persons, Device: v.Device, Issued: ev.Time, requestID: v.RequestID}
	s.waiting[v.Service] = append(s.waiting[v.Service], ev.Seq)
	s.numbers[v.Service+"|"+v.Day] = v.Number
	if v.RequestID != "" {
		s.requests[v.RequestID] = ev.Seq
	}
}

func applyCalled(s *State, ev event.Event, v TicketCalled) {
	t := s.tickets[v.Ticket]
	s.waiting[t.Service] = slices.DeleteFunc(s.waiting[t.Service], func(id uint64) bool { return id == t.ID })
	t.Status, t.Called, t.Room, t.Clerk = Called, ev.Time, v.Room, v.Clerk
	s.active[v.Clerk] = t.ID
	s.rooms[v.Room] = t.ID
	s.recent = slices.Insert(s.recent, 0, Call{Seq: ev.Seq, CallID: t.CallID, Room: v.Room, At: ev.Time})
	s.recent = s.recent[:min(len(s.recent), maxRecentCalls)]
}

func applyEnded(s *State, ev event.Event, v VisitEnded) {
	t := s.tickets[v.Ticket]
	t.Status, t.Ended = Ended, ev.Time
	delete(s.active, t.Clerk)
	delete(s.rooms, t.Room)
}

func knownZone(name string) bool {
	_, err := time.LoadLocation(name)
	return err == nil
}
