package queue

import (
	"slices"
	"time"

	"vuoro/hub/event"
)

// appliers turn each kind of event into its change of state. They may
// assume the change was validated when it was decided.
var appliers map[string]func(*State, event.Event) error

func init() {
	appliers = map[string]func(*State, event.Event) error{
		KindSiteSet:         applyAs(func(s *State, _ event.Event, v Site) { s.Site = v; s.loc = location(v.TimeZone) }),
		KindAgencyAdded:     applyAs(func(s *State, _ event.Event, v Agency) { s.Agencies = append(s.Agencies, v) }),
		KindServiceAdded:    applyAs(func(s *State, _ event.Event, v Service) { s.Services = append(s.Services, v) }),
		KindServiceSettings: applyAs(applySettings),
		KindServicePaused:   applyAs(func(s *State, _ event.Event, v ServicePaused) { s.service(v.Service).Paused = v.Paused }),
		KindRoomAdded:       applyAs(func(s *State, _ event.Event, v Room) { s.Rooms = append(s.Rooms, v) }),
		KindClerkAdded:      applyAs(func(s *State, _ event.Event, v Clerk) { s.Clerks[v.Login] = v }),
		KindTicketIssued:    applyAs(applyIssued),
		KindTicketCalled:    applyAs(applyCalled),
		KindTicketRecalled:  applyAs(func(s *State, ev event.Event, v TicketRef) { t := s.tickets[v.Ticket]; t.Recalls++; s.noteCall(ev, t) }),
		KindVisitStarted: applyAs(func(s *State, ev event.Event, v TicketRef) {
			t := s.tickets[v.Ticket]
			t.Status, t.Started = Serving, ev.Time
		}),
		KindVisitEnded:       applyAs(func(s *State, ev event.Event, v TicketRef) { s.close(ev, s.tickets[v.Ticket], Ended) }),
		KindTicketNoShow:     applyAs(func(s *State, ev event.Event, v TicketRef) { s.close(ev, s.tickets[v.Ticket], NoShow) }),
		KindTicketReturned:   applyAs(applyReturned),
		KindTicketHeld:       applyAs(func(s *State, _ event.Event, v TicketRef) { s.hold(s.tickets[v.Ticket]) }),
		KindTicketResumed:    applyAs(func(s *State, _ event.Event, v TicketRef) { s.enqueue(s.tickets[v.Ticket]) }),
		KindTicketMoved:      applyAs(applyMoved),
		KindTicketDeleted:    applyAs(applyDeleted),
		KindVisitPersons:     applyAs(func(s *State, _ event.Event, v VisitPersons) { s.tickets[v.Ticket].Persons = v.Persons }),
		KindVisitPriority:    applyAs(func(s *State, _ event.Event, v VisitPriority) { s.tickets[v.Ticket].Priority = v.Priority }),
		KindVisitMessage:     applyAs(applyMessage),
		KindAppointmentBook:  applyAs(applyBooked),
		KindAppointmentDrop:  applyAs(func(s *State, _ event.Event, v AppointmentRef) { delete(s.appointments, v.Appointment) }),
		KindHelpRequested:    applyAs(applyHelpRequested),
		KindPersonalDataSeen: applyAs(func(*State, event.Event, PersonalDataSeen) {}),
		KindHelpAcked:        applyAs(applyHelpAcked),
		KindHelpClosed:       applyAs(applyHelpClosed),
		KindLogViewed:        applyAs(func(*State, event.Event, LogViewed) {}),
		KindClerkDisabled:    applyAs(func(s *State, _ event.Event, v ClerkRef) { delete(s.Clerks, v.Login) }),
		KindClerkPassword:    applyAs(func(*State, event.Event, ClerkRef) {}),
		KindAgencyUpdated:    applyAs(applyAgencyUpdated),
		KindAgencyRemoved:    applyAs(applyAgencyRemoved),
		KindServiceUpdated:   applyAs(applyServiceUpdated),
		KindServiceRemoved:   applyAs(applyServiceRemoved),
		KindRoomUpdated:      applyAs(applyRoomUpdated),
		KindRoomRemoved:      applyAs(applyRoomRemoved),
		KindPersonalErased:   applyAs(applyErased),
		KindDayClosed:        applyAs(applyDayClosed),
	}
}

func (s *State) service(id string) *Service {
	i := slices.IndexFunc(s.Services, func(v Service) bool { return v.ID == id })
	return &s.Services[i]
}

func applySettings(s *State, _ event.Event, v ServiceSettings) {
	sv := s.service(v.Service)
	sv.Settings = v.Settings
	if v.MultiDay != nil {
		sv.MultiDay = *v.MultiDay
	}
}

func applyIssued(s *State, ev event.Event, v TicketIssued) {
	t := &Ticket{ID: ev.Seq, CallID: v.CallID, Service: v.Service, Services: []string{v.Service}, Number: v.Number,
		Day: v.Day, Persons: v.Persons, Priority: v.Priority, Appointment: v.At, Device: v.Device,
		Issued: ev.Time, Since: ev.Time, requestID: v.RequestID}
	s.tickets[ev.Seq] = t
	s.byDay[v.Day] = append(s.byDay[v.Day], ev.Seq)
	s.enqueue(t)
	s.numbers[v.Service+"|"+v.Day] = v.Number
	s.counts[v.Service+"|"+v.Day]++
	if v.RequestID != "" {
		s.requests[v.RequestID] = ev.Seq
	}
	if v.Person != nil {
		s.persons[ev.Seq] = *v.Person
		t.HasPerson = true
		s.personal.noteVisit(ev.Seq, ev.Seq)
	}
	if a, ok := s.appointments[v.Appointment]; ok {
		a.Ticket = ev.Seq
	}
}

func (s *State) enqueue(t *Ticket) {
	t.Status = Waiting
	s.waiting[t.Service] = append(s.waiting[t.Service], t.ID)
}

func (s *State) dequeue(t *Ticket) {
	s.waiting[t.Service] = slices.DeleteFunc(s.waiting[t.Service], func(id uint64) bool { return id == t.ID })
}

// release frees the clerk and the room of an active visit.
func (s *State) release(t *Ticket) {
	if t.Status.Active() {
		delete(s.active, t.Clerk)
		delete(s.rooms, t.Room)
	}
}

func applyCalled(s *State, ev event.Event, v TicketCalled) {
	t := s.tickets[v.Ticket]
	s.dequeue(t)
	s.sincePriority[t.Service] = nextSince(s.sincePriority[t.Service], t.Priority)
	t.Status, t.Called, t.Room, t.Clerk, t.Reason, t.Recalls = Called, ev.Time, v.Room, v.Clerk, v.Reason, 0
	s.active[v.Clerk] = t.ID
	s.rooms[v.Room] = t.ID
	s.noteCall(ev, t)
}

// noteCall puts a call on top of the displays' recent calls. A line is the
// visit's: a recall moves it up, another visit with the same call id keeps
// its own.
func (s *State) noteCall(ev event.Event, t *Ticket) {
	s.recent = slices.DeleteFunc(s.recent, func(c Call) bool { return c.Ticket == t.ID })
	s.recent = slices.Insert(s.recent, 0, Call{Seq: ev.Seq, Ticket: t.ID, CallID: t.CallID, Room: t.Room, At: ev.Time})
	s.recent = s.recent[:min(len(s.recent), maxRecentCalls)]
}

func (s *State) close(ev event.Event, t *Ticket, st Status) {
	s.release(t)
	t.Status, t.Ended = st, ev.Time
}

func (s *State) hold(t *Ticket) {
	s.release(t)
	s.dequeue(t)
	t.Status = Held
}

func applyReturned(s *State, ev event.Event, v TicketReturned) {
	t := s.tickets[v.Ticket]
	s.release(t)
	if !v.KeepPlace {
		t.Since = ev.Time
	}
	s.enqueue(t)
}

func applyMoved(s *State, ev event.Event, v TicketMoved) {
	t := s.tickets[v.Ticket]
	s.release(t)
	s.dequeue(t)
	t.Service, t.Appointment = v.To, time.Time{} // its place is now the transfer's
	t.Services = append(t.Services, v.To)
	switch v.Position {
	case Front:
		t.Since = t.Issued.AddDate(-1, 0, 0) // before any ticket of the day
	case End:
		t.Since = ev.Time
	default:
		t.Since = t.Issued
	}
	s.enqueue(t)
}

func applyDeleted(s *State, ev event.Event, v TicketDeleted) {
	t := s.tickets[v.Ticket]
	s.dequeue(t)
	t.Status, t.Ended, t.Note = Deleted, ev.Time, v.Reason
	if v.Reason != "" {
		s.personal.noteVisit(t.ID, ev.Seq)
	}
}

func applyMessage(s *State, ev event.Event, v VisitMessage) {
	t := s.tickets[v.Ticket]
	t.Messages = append(t.Messages, Message{At: ev.Time, From: ev.Actor, Text: v.Text})
	if v.Text != "" {
		s.personal.noteVisit(t.ID, ev.Seq)
	}
}

func applyBooked(s *State, ev event.Event, v AppointmentBooked) {
	s.appointments[ev.Seq] = &Appointment{ID: ev.Seq, Service: v.Service, At: v.At, Person: v.Person}
	if v.Person != (Person{}) {
		s.personal.noteBooking(ev.Seq, v.At)
	}
}
