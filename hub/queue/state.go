package queue

import (
	"cmp"
	"slices"
	"time"
)

// maxRecentCalls is how many calls a display shows at most: the state
// remembers as many of each room, so a waiting area whose rooms are quiet
// keeps its last calls while another area is busy.
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

	tickets       map[uint64]*Ticket
	archive       map[uint64]archived     // ended visits past the retention period (archive.go); replaced, never changed
	interned      map[string][]string     // days and lists of queues the archive shares
	persons       map[uint64]Person       // ticket → who it is for (personal data)
	personal      personalIndex           // the events holding personal data, for erasure
	appointments  map[uint64]*Appointment // cancelled ones too
	feeds         map[uint64]*Feed        // calendar feeds not revoked, by id
	sincePriority map[string]int          // per service: calls since its priority class was last called
	waiting       map[string][]uint64     // per service, unordered: order() orders them
	byDay         map[string][]uint64     // tickets by their day of issue, in order
	requests      map[string]uint64       // kiosk request id → ticket, or cancelledRequest
	follows       map[string]uint64       // follow token's hash → ticket (follow.go)
	numbers       map[string]int          // service|day → last number given online
	offline       map[string]int          // service|day → last number granted in a block (blocks.go)
	counts        map[string]int          // service|day → tickets issued
	carry         map[string]int          // service → highest number of its visits carried over the last day close
	carried       []uint64                // visits carried over the last day close
	closed        string                  // the last site-local day closed, "2026-11-23"
	active        map[string]uint64       // clerk → the visit they are serving
	rooms         map[string]uint64       // room → the visit being served there
	sessions      map[string]*RoomSession // room → the clerk working there (roomsession.go)
	recent        []Call                  // newest first
	helps         map[uint64]*Help        // help requests not yet closed
	lastHelp      map[string]*Help        // each kiosk's latest help request
	devices       map[string]*Device      // enrolled devices by id
	blocks        map[string][]*Block     // kiosk → its blocks of numbers, in grant order (blocks.go)
	bookings      map[uint64]*Booking     // bookings of service points by id
	loc           *time.Location
}

func newState() *State {
	return &State{
		Clerks:        map[string]Clerk{},
		tickets:       map[uint64]*Ticket{},
		archive:       map[uint64]archived{},
		interned:      map[string][]string{},
		persons:       map[uint64]Person{},
		appointments:  map[uint64]*Appointment{},
		feeds:         map[uint64]*Feed{},
		sincePriority: map[string]int{},
		byDay:         map[string][]uint64{},
		waiting:       map[string][]uint64{},
		requests:      map[string]uint64{},
		follows:       map[string]uint64{},
		numbers:       map[string]int{},
		offline:       map[string]int{},
		counts:        map[string]int{},
		carry:         map[string]int{},
		active:        map[string]uint64{},
		rooms:         map[string]uint64{},
		sessions:      map[string]*RoomSession{},
		helps:         map[uint64]*Help{},
		lastHelp:      map[string]*Help{},
		devices:       map[string]*Device{},
		blocks:        map[string][]*Block{},
		bookings:      map[uint64]*Booking{},
		loc:           time.UTC,
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

// Ticket returns a copy of the ticket with id. Of a visit archived past
// the retention period it returns only its call id, day, queues and
// status.
func (s *State) Ticket(id uint64) (Ticket, bool) {
	if t, ok := s.tickets[id]; ok {
		return *t, true
	}
	if a, ok := s.archive[id]; ok {
		return a.ticket(id), true
	}
	return Ticket{}, false
}

// Waiting returns the service's waiting tickets in calling order.
func (s *State) Waiting(service string) []Ticket {
	return s.WaitingPage(service, 0, len(s.waiting[service]))
}

// WaitingPage returns at most n of the service's waiting tickets in
// calling order, from the one at place from (0 is the next to be called).
func (s *State) WaitingPage(service string, from, n int) []Ticket {
	o := s.order(service)
	from = min(max(from, 0), len(o))
	o = o[from:min(len(o), from+max(n, 0))]
	out := make([]Ticket, len(o))
	for i, p := range o {
		out[i] = *p.t
	}
	return out
}

// WaitingCount returns how many of the service's tickets wait.
func (s *State) WaitingCount(service string) int { return len(s.waiting[service]) }

// Ahead returns how many tickets will be called before ticket id.
func (s *State) Ahead(id uint64) int {
	t, ok := s.tickets[id]
	if !ok || t.Status != Waiting {
		return 0
	}
	return slices.IndexFunc(s.order(t.Service), func(p pick) bool { return p.t.ID == id })
}

// Visits returns the service's visits of day that are not waiting: called,
// in service, held, ended, oldest first.
func (s *State) Visits(service, day string) []Ticket {
	var out []Ticket
	for _, id := range s.byDay[day] { // issued in order: sorted by id
		if t := s.tickets[id]; t.Service == service && t.Status != Waiting {
			out = append(out, *t)
		}
	}
	return out
}

// Person returns who a visit is for, when known. It is personal data: the
// caller shows it only where the work needs it and logs the access.
func (s *State) Person(id uint64) (Person, bool) {
	p, ok := s.persons[id]
	return p, ok
}

// Appointments returns the service's appointments on day, by time.
func (s *State) Appointments(service, day string) []Appointment {
	var out []Appointment
	for _, a := range s.appointments {
		if a.Service == service && s.day(a.At) == day {
			out = append(out, *a)
		}
	}
	slices.SortFunc(out, func(a, b Appointment) int { return cmp.Or(a.At.Compare(b.At), cmp.Compare(a.ID, b.ID)) })
	return out
}

// Today is the site's current local date.
func (s *State) Today(now time.Time) string { return s.day(now) }

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

// RecentCalls returns the latest calls of the site, newest first.
func (s *State) RecentCalls() []Call {
	return slices.Clone(s.recent[:min(len(s.recent), maxRecentCalls)])
}

// RecentCallsIn returns the latest calls to the rooms, newest first.
func (s *State) RecentCallsIn(rooms []string) []Call {
	var out []Call
	for _, c := range s.recent {
		if len(out) < maxRecentCalls && slices.Contains(rooms, c.Room) {
			out = append(out, c)
		}
	}
	return out
}

// Location is the site's time zone.
func (s *State) Location() *time.Location { return s.loc }

func (s *State) day(t time.Time) string { return t.In(s.loc).Format(time.DateOnly) }
