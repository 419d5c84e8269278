package queue

import (
	"encoding/json"
	"fmt"
	"time"

	"vuoro/hub/event"
)

// The kinds of event the engine writes. Each has a payload type below.
const (
	KindSiteSet          = "site.set"
	KindAgencyAdded      = "agency.added"
	KindServiceAdded     = "service.added"
	KindServiceSettings  = "service.settings"
	KindServicePaused    = "service.paused"
	KindRoomAdded        = "room.added"
	KindClerkAdded       = "clerk.added"
	KindTicketIssued     = "ticket.issued"
	KindTicketCalled     = "ticket.called"
	KindTicketRecalled   = "ticket.recalled"
	KindVisitStarted     = "visit.started"
	KindVisitEnded       = "visit.ended"
	KindTicketNoShow     = "ticket.noshow"
	KindTicketReturned   = "ticket.returned"
	KindTicketHeld       = "ticket.held"
	KindTicketResumed    = "ticket.resumed"
	KindTicketMoved      = "ticket.transferred"
	KindTicketDeleted    = "ticket.deleted"
	KindVisitPersons     = "visit.persons"
	KindVisitPriority    = "visit.priority"
	KindVisitMessage     = "visit.message"
	KindAppointmentBook  = "appointment.booked"
	KindAppointmentDrop  = "appointment.cancelled"
	KindHelpRequested    = "kiosk.help"
	KindPersonalDataSeen = "personal.viewed"
)

// TicketIssued is the payload of KindTicketIssued.
type TicketIssued struct {
	Service     string    `json:"service"`
	Number      int       `json:"number"`
	CallID      string    `json:"call_id"`
	Day         string    `json:"day"`
	RequestID   string    `json:"request_id,omitempty"`
	Device      string    `json:"device,omitempty"`
	Persons     int       `json:"persons"`
	Priority    bool      `json:"priority,omitempty"`
	Appointment uint64    `json:"appointment,omitempty"`
	At          time.Time `json:"at,omitzero"` // the appointment's time
	Person      *Person   `json:"person,omitempty"`
}

// TicketCalled is the payload of KindTicketCalled.
type TicketCalled struct {
	Ticket uint64 `json:"ticket"`
	Room   string `json:"room"`
	Clerk  string `json:"clerk"`
	Reason string `json:"reason"`
}

// TicketRef is the payload of the events that only name a visit.
type TicketRef struct {
	Ticket uint64 `json:"ticket"`
}

// TicketReturned is the payload of KindTicketReturned.
type TicketReturned struct {
	Ticket    uint64 `json:"ticket"`
	KeepPlace bool   `json:"keep_place"`
}

// Position is where a transferred ticket goes in its new queue.
type Position string

// The positions of a transfer.
const (
	Front    Position = "front"
	End      Position = "end"
	Original Position = "original" // by its original check-in time
)

// TicketMoved is the payload of KindTicketMoved.
type TicketMoved struct {
	Ticket   uint64   `json:"ticket"`
	To       string   `json:"to"`
	Position Position `json:"position"`
}

// TicketDeleted is the payload of KindTicketDeleted.
type TicketDeleted struct {
	Ticket uint64 `json:"ticket"`
	Reason string `json:"reason"`
}

// VisitPersons is the payload of KindVisitPersons.
type VisitPersons struct {
	Ticket  uint64 `json:"ticket"`
	Persons int    `json:"persons"`
}

// VisitPriority is the payload of KindVisitPriority.
type VisitPriority struct {
	Ticket   uint64 `json:"ticket"`
	Priority bool   `json:"priority"`
}

// VisitMessage is the payload of KindVisitMessage.
type VisitMessage struct {
	Ticket uint64 `json:"ticket"`
	Text   string `json:"text"`
}

// ServiceSettings is the payload of KindServiceSettings.
type ServiceSettings struct {
	Service  string   `json:"service"`
	Settings Settings `json:"settings"`
	MultiDay *bool    `json:"multi_day,omitempty"` // nil: unchanged
}

// ServicePaused is the payload of KindServicePaused.
type ServicePaused struct {
	Service string `json:"service"`
	Paused  bool   `json:"paused"`
}

// AppointmentBooked is the payload of KindAppointmentBook.
type AppointmentBooked struct {
	Service string    `json:"service"`
	At      time.Time `json:"at"`
	Person  Person    `json:"person"`
}

// AppointmentRef is the payload of KindAppointmentDrop.
type AppointmentRef struct {
	Appointment uint64 `json:"appointment"`
}

// HelpRequested is the payload of KindHelpRequested.
type HelpRequested struct {
	Device    string `json:"device"`
	Screen    string `json:"screen"`
	Lang      string `json:"lang"`
	RequestID string `json:"request_id,omitempty"` // the kiosk's message id
	Ticket    uint64 `json:"ticket,omitempty"`     // the visit the kiosk issued just before
	Tracked   bool   `json:"tracked,omitempty"`    // open until closed, not only until acknowledged
}

// PersonalDataSeen is the payload of KindPersonalDataSeen: who saw whose
// personal data, and where. The data itself is not repeated.
type PersonalDataSeen struct {
	Ticket uint64 `json:"ticket,omitempty"`
	Where  string `json:"where"`
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
	s.closeHelpOfEndedVisits(ev)
	s.Seq = ev.Seq
	return nil
}

func location(name string) *time.Location {
	if loc, err := time.LoadLocation(name); err == nil {
		return loc
	}
	return time.UTC
}

func knownZone(name string) bool {
	_, err := time.LoadLocation(name)
	return err == nil
}
