package queue

import (
	"slices"
	"time"

	"vuoro/hub/event"
)

// appliers are the engine's kinds of event: each kind's payload type and
// the change of state it makes. Appliers may assume the change was checked
// (State.check) when it was decided.
var appliers event.Kinds[*State]

func init() {
	appliers = event.NewKinds("queue",
		event.On(func(s *State, _ event.Event, v SiteSet) { s.Site = v.Site; s.loc = location(v.TimeZone) }),
		event.On(func(s *State, _ event.Event, v AgencyAdded) { s.Agencies = append(s.Agencies, v.Agency) }),
		event.On(applyAgencyUpdated),
		event.On(applyAgencyRemoved),
		event.On(func(s *State, _ event.Event, v ServiceAdded) { s.Services = append(s.Services, v.Service) }),
		event.On(applyServiceUpdated),
		event.On(applySettings),
		event.On(func(s *State, _ event.Event, v ServicePaused) { s.service(v.Service).Paused = v.Paused }),
		event.On(applyServiceRemoved),
		event.On(func(s *State, _ event.Event, v RoomAdded) { s.Rooms = append(s.Rooms, v.Room) }),
		event.On(applyRoomUpdated),
		event.On(applyRoomRemoved),
		event.On(func(s *State, _ event.Event, v ClerkAdded) { s.Clerks[v.Login] = v.Clerk }),
		event.On(func(s *State, _ event.Event, v ClerkDisabled) { delete(s.Clerks, v.Login) }),
		event.On(func(*State, event.Event, ClerkPassword) {}),
		event.On(applyIssued),
		event.On(applyCalled),
		event.On(func(s *State, ev event.Event, v TicketRecalled) {
			t := s.tickets[v.Ticket]
			t.Recalls++
			s.noteCall(ev, t)
		}),
		event.On(func(s *State, ev event.Event, v VisitStarted) {
			t := s.tickets[v.Ticket]
			t.Status, t.Started = Serving, ev.Time
		}),
		event.On(func(s *State, ev event.Event, v VisitEnded) { s.close(ev, s.tickets[v.Ticket], Ended) }),
		event.On(func(s *State, ev event.Event, v TicketNoShow) { s.close(ev, s.tickets[v.Ticket], NoShow) }),
		event.On(applyReturned),
		event.On(func(s *State, _ event.Event, v TicketHeld) { s.hold(s.tickets[v.Ticket]) }),
		event.On(func(s *State, _ event.Event, v TicketResumed) { s.enqueue(s.tickets[v.Ticket]) }),
		event.On(applyMoved),
		event.On(applyDeleted),
		event.On(applyLeft),
		event.On(func(s *State, _ event.Event, v VisitPersons) { s.tickets[v.Ticket].Persons = v.Persons }),
		event.On(func(s *State, _ event.Event, v VisitPriority) {
			t := s.tickets[v.Ticket]
			t.Priority = v.Priority
			s.replace(t)
		}),
		event.On(applyMessage),
		event.On(applyBooked),
		event.On(func(s *State, _ event.Event, v AppointmentRef) { s.appointments[v.Appointment].Cancelled = true }),
		event.On(func(s *State, _ event.Event, v AppointmentNoShow) { s.appointments[v.Appointment].NoShow = true }),
		event.On(applyFeedCreated),
		event.On(func(s *State, _ event.Event, v FeedRevoked) { delete(s.feeds, v.Feed) }),
		event.On(applyHelpRequested),
		event.On(applyHelpAcked),
		event.On(applyHelpClosed),
		event.On(func(*State, event.Event, PersonalDataSeen) {}),
		event.On(func(*State, event.Event, LogViewed) {}),
		event.On(applyErased),
		event.On(applyDayClosed),
		event.On(applyDeviceEnrolled),
		event.On(applyDeviceActivated),
		event.On(applyDeviceRevoked),
		event.On(applyDeviceAlerted),
		event.On(applyDeviceAlertCleared),
		event.On(applyDeviceServices),
		event.On(applyDeviceConfigured),
		event.On(applyBlockGranted),
		event.On(applyRequestCancelled),
		event.On(applyPointBooked),
		event.On(applyPointCancelled),
		event.On(applyRoomOpened),
		event.On(applyRoomPaused),
		event.On(applyRoomClosed),
	)
}

// apply changes the state by an event Take let through.
func (s *State) apply(ev event.Event, p Payload) {
	appliers.Apply(s, ev, p)
	s.closeHelpOfEndedVisits(ev)
	s.Seq = ev.Seq
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
	s.resort(v.Service)
}

func applyIssued(s *State, ev event.Event, v TicketIssued) {
	t := &Ticket{ID: ev.Seq, CallID: v.CallID, Service: v.Service, Services: []string{v.Service}, Number: v.Number,
		Day: v.Day, Persons: v.Persons, Priority: v.Priority, Appointment: v.At, Device: v.Device,
		Issued: ev.Time, Since: ev.Time, requestID: v.RequestID, Estimate: v.Estimate, follow: v.Follow}
	s.tickets[ev.Seq] = t
	if v.Follow != "" {
		s.follows[v.Follow] = ev.Seq
	}
	s.byDay[v.Day] = append(s.byDay[v.Day], ev.Seq)
	if !v.CheckedIn.IsZero() {
		s.applyOffline(t, v)
	}
	if v.Expired {
		t.Status, t.Ended, t.Note = Expired, ev.Time, ReasonExpired
	} else {
		s.enqueue(t)
	}
	if k := v.Service + "|" + v.Day; v.Day > s.closed {
		if v.CheckedIn.IsZero() { // a block's number is counted where it was granted
			s.numbers[k] = max(s.numbers[k], v.Number)
		}
		s.counts[k]++
	}
	if v.RequestID != "" {
		s.requests[v.RequestID] = ev.Seq
	}
	if v.Person != nil {
		s.persons[ev.Seq] = *v.Person
		t.HasPerson = true
		s.personal.noteVisit(ev.Seq, ev.Seq)
	}
	if a, ok := s.appointments[v.Appointment]; ok {
		a.Ticket, a.Late = ev.Seq, v.At.IsZero()
	}
}

// enqueue puts t into its service's waiting list at its place: the list
// is kept in place order, so the calling order is one pass over it.
func (s *State) enqueue(t *Ticket) {
	t.Status = Waiting
	ids, by := s.waiting[t.Service], byKey(s.boost(t.Service))
	i, _ := slices.BinarySearchFunc(ids, t, func(id uint64, t *Ticket) int { return by(s.tickets[id], t) })
	s.waiting[t.Service] = slices.Insert(ids, i, t.ID)
}

// replace moves a waiting t to its place after its key changed.
func (s *State) replace(t *Ticket) {
	if t.Status == Waiting {
		s.dequeue(t)
		s.enqueue(t)
	}
}

// resort puts a service's waiting list in place order again after its
// priority weight changed.
func (s *State) resort(service string) {
	by := byKey(s.boost(service))
	slices.SortFunc(s.waiting[service], func(a, b uint64) int { return by(s.tickets[a], s.tickets[b]) })
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
	s.recent = trimPerRoom(s.recent)
}

// trimPerRoom keeps the newest maxRecentCalls calls of each room.
func trimPerRoom(calls []Call) []Call {
	n := map[string]int{}
	return slices.DeleteFunc(calls, func(c Call) bool {
		n[c.Room]++
		return n[c.Room] > maxRecentCalls
	})
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
	t, ok := s.tickets[v.Ticket]
	if !ok { // archived: the text is kept only in the log, until erased
		if v.Text != "" {
			s.personal.noteVisit(v.Ticket, ev.Seq)
		}
		return
	}
	t.Messages = append(t.Messages, Message{At: ev.Time, From: ev.Actor, Text: v.Text})
	if v.Text != "" {
		s.personal.noteVisit(t.ID, ev.Seq)
	}
}

func applyBooked(s *State, ev event.Event, v AppointmentBooked) {
	s.appointments[ev.Seq] = &Appointment{ID: ev.Seq, Service: v.Service, At: v.At, Person: v.Person,
		Minutes: v.Minutes, Clerk: v.Clerk, Room: v.Room, UID: v.UID}
	if v.Person != (Person{}) {
		s.personal.noteBooking(ev.Seq, v.At)
	}
}
