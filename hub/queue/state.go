package queue

import (
	"cmp"
	"slices"
	"time"
)

// maxRecentCalls is how many calls the state remembers for displays.
const maxRecentCalls = 12

// State is the queue state the event log makes. Read it only inside
// Engine.Read; it is not safe to keep.
type State struct {
	Seq      uint64 // the last applied event
	Site     Site
	Agencies []Agency
	Services []Service
	Rooms    []Room
	Clerks   map[string]Clerk

	tickets  map[uint64]*Ticket
	waiting  map[string][]uint64 // per service, in calling order
	requests map[string]uint64   // kiosk request id → ticket
	numbers  map[string]int      // service|day → last number given
	active   map[string]uint64   // clerk → the visit they are serving
	rooms    map[string]uint64   // room → the visit being served there
	recent   []Call              // newest first
	loc      *time.Location
}

func newState() *State {
	return &State{
		Clerks:   map[string]Clerk{},
		tickets:  map[uint64]*Ticket{},
		waiting:  map[string][]uint64{},
		requests: map[string]uint64{},
		numbers:  map[string]int{},
		active:   map[string]uint64{},
		rooms:    map[string]uint64{},
		loc:      time.UTC,
	}
}

// Service returns the service with id.
func (s *State) Service(id string) (Service, bool) {
	i := slices.IndexFunc(s.Services, func(v Service) bool { return v.ID == id })
	if i < 0 {
		return Service{}, false
	}
	return s.Services[i], true
}

// Room returns the room with id.
func (s *State) Room(id string) (Room, bool) {
	i := slices.IndexFunc(s.Rooms, func(v Room) bool { return v.ID == id })
	if i < 0 {
		return Room{}, false
	}
	return s.Rooms[i], true
}

// Ticket returns a copy of the ticket with id.
func (s *State) Ticket(id uint64) (Ticket, bool) {
	t, ok := s.tickets[id]
	if !ok {
		return Ticket{}, false
	}
	return *t, true
}

// Waiting returns the service's waiting tickets in calling order.
func (s *State) Waiting(service string) []Ticket {
	out := make([]Ticket, 0, len(s.waiting[service]))
	for _, id := range s.waiting[service] {
		out = append(out, *s.tickets[id])
	}
	return out
}

// Ahead returns how many tickets will be called before ticket id.
func (s *State) Ahead(id uint64) int {
	t, ok := s.tickets[id]
	if !ok || t.Status != Waiting {
		return 0
	}
	return slices.Index(s.waiting[t.Service], id)
}

// Serving returns the visits now called in, oldest call first, across the
// given services (all services if none are given).
func (s *State) Serving(services ...string) []Ticket {
	out := []Ticket{}
	for _, id := range s.rooms {
		t := s.tickets[id]
		if len(services) == 0 || slices.Contains(services, t.Service) {
			out = append(out, *t)
		}
	}
	slices.SortFunc(out, func(a, b Ticket) int { return a.Called.Compare(b.Called) })
	return out
}

// ActiveVisit returns the visit clerk is serving, if any.
func (s *State) ActiveVisit(clerk string) (Ticket, bool) {
	id, ok := s.active[clerk]
	if !ok {
		return Ticket{}, false
	}
	return *s.tickets[id], true
}

// RoomVisit returns the visit being served in room, if any.
func (s *State) RoomVisit(room string) (Ticket, bool) {
	id, ok := s.rooms[room]
	if !ok {
		return Ticket{}, false
	}
	return *s.tickets[id], true
}

// RecentCalls returns the latest calls, newest first.
func (s *State) RecentCalls() []Call { return slices.Clone(s.recent) }

// Location is the site's time zone.
func (s *State) Location() *time.Location { return s.loc }

// next picks the ticket to call next across services: the earliest
// check-in among the heads of their queues.
func (s *State) next(services []string) (*Ticket, bool) {
	var heads []*Ticket
	for _, sv := range services {
		if q := s.waiting[sv]; len(q) > 0 {
			heads = append(heads, s.tickets[q[0]])
		}
	}
	if len(heads) == 0 {
		return nil, false
	}
	return slices.MinFunc(heads, func(a, b *Ticket) int {
		return cmp.Or(a.Issued.Compare(b.Issued), cmp.Compare(a.ID, b.ID))
	}), true
}

func (s *State) day(t time.Time) string { return t.In(s.loc).Format(time.DateOnly) }
