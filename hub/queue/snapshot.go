package queue

import (
	"cmp"
	"maps"
	"slices"
	"time"

	"vuoro/hub/event"
)

// snapshotVersion is the version of the snapshot encoding. Change it with
// any change to State or to what an applier does: a snapshot of another
// version is not used, and the hub replays the whole log instead.
const snapshotVersion = 10 // 2: enrolled devices; 3: their alerts and services; 4: kiosks' blocks of numbers, offline tickets; 5: blocks from 901; 6: bookings of service points; 7: appointments kept cancelled, no-shows, calendar feeds; 8: visits' follow tokens and estimates; 9: clerks' room sessions; 10: displays' configurations, rooms' waiting areas, recent calls per room

// snapshot is the whole State, its indexes too, as it is encoded. Maps
// encode with sorted keys, so one state has one encoding.
type snapshot struct {
	Seq           uint64               `json:"seq"`
	Site          Site                 `json:"site"`
	Agencies      []Agency             `json:"agencies"`
	Services      []Service            `json:"services"`
	Rooms         []Room               `json:"rooms"`
	Clerks        map[string]Clerk     `json:"clerks"`
	Tickets       []snapTicket         `json:"tickets"` // by id
	Archive       []archiveGroup       `json:"archive"`
	Persons       map[uint64]Person    `json:"persons"`
	Personal      map[uint64][]uint64  `json:"personal_visits"`
	Bookings      map[uint64]time.Time `json:"personal_bookings"`
	Appointments  []snapAppointment    `json:"appointments"` // by id
	SincePriority map[string]int       `json:"since_priority"`
	Waiting       map[string][]uint64  `json:"waiting"`
	ByDay         map[string][]uint64  `json:"by_day"`
	Requests      map[string]uint64    `json:"requests"`
	Numbers       map[string]int       `json:"numbers"`
	Offline       map[string]int       `json:"offline"`
	Counts        map[string]int       `json:"counts"`
	Carry         map[string]int       `json:"carry"`
	Carried       []uint64             `json:"carried"`
	Closed        string               `json:"closed"`
	Active        map[string]uint64    `json:"active"`
	RoomVisits    map[string]uint64    `json:"room_visits"`
	Recent        []Call               `json:"recent"`
	Helps         []snapHelp           `json:"helps"` // open, by id
	LastHelp      map[string]snapHelp  `json:"last_help"`
	Devices       []Device             `json:"devices"`        // by id
	Blocks        []Block              `json:"blocks"`         // by device, in grant order
	PointBookings []Booking            `json:"point_bookings"` // by id
	Feeds         []snapFeed           `json:"feeds"`          // by id
	Sessions      []RoomSession        `json:"room_sessions"`  // by room
}

type snapFeed struct {
	Feed
	Hash string `json:"hash"`
}

type snapTicket struct {
	Ticket
	RequestID string `json:"request_id,omitempty"`
	Follow    string `json:"follow,omitempty"`
}

type snapAppointment struct {
	Appointment
	Person Person `json:"person"`
}

type snapHelp struct {
	Help
	Tracked bool `json:"tracked,omitempty"`
}

// capture copies the state, under the engine's lock, into what its
// snapshot encodes, and returns the encoder of the copy, which runs
// outside the lock. The copy shares only what is never changed in place:
// a ticket's lists of queues and messages only grow (an erasure clones
// them first), and the archive's entries and days are never changed.
func (s *State) capture() func() ([]byte, error) {
	v := snapshot{Seq: s.Seq, Site: s.Site, Agencies: slices.Clone(s.Agencies), Services: slices.Clone(s.Services),
		Rooms: slices.Clone(s.Rooms), Clerks: maps.Clone(s.Clerks),
		Persons: maps.Clone(s.persons), Personal: maps.Clone(s.personal.visits), Bookings: maps.Clone(s.personal.bookings),
		SincePriority: maps.Clone(s.sincePriority), Waiting: maps.Clone(s.waiting), ByDay: maps.Clone(s.byDay),
		Requests: maps.Clone(s.requests), Numbers: maps.Clone(s.numbers), Offline: maps.Clone(s.offline), Counts: maps.Clone(s.counts),
		Carry: maps.Clone(s.carry), Carried: slices.Clone(s.carried), Closed: s.closed, Active: maps.Clone(s.active),
		RoomVisits: maps.Clone(s.rooms), Recent: slices.Clone(s.recent), LastHelp: map[string]snapHelp{},
		Tickets: make([]snapTicket, 0, len(s.tickets))}
	if len(v.Personal) == 0 { // made on first use: one encoding for none
		v.Personal = nil
	}
	if len(v.Bookings) == 0 {
		v.Bookings = nil
	}
	for sv, ids := range v.Waiting { // dequeue deletes in place
		v.Waiting[sv] = slices.Clone(ids)
	}
	for _, t := range s.tickets {
		v.Tickets = append(v.Tickets, snapTicket{Ticket: *t, RequestID: t.requestID, Follow: t.follow})
	}
	for _, a := range s.appointments {
		v.Appointments = append(v.Appointments, snapAppointment{Appointment: *a, Person: a.Person})
	}
	for _, h := range s.helps {
		v.Helps = append(v.Helps, snapHelp{Help: *h, Tracked: h.tracked})
	}
	for d, h := range s.lastHelp {
		v.LastHelp[d] = snapHelp{Help: *h, Tracked: h.tracked}
	}
	v.Devices = s.Devices() // copies, by id
	v.Blocks = s.allBlocks()
	v.PointBookings = s.Bookings()
	for _, f := range s.Feeds() {
		v.Feeds = append(v.Feeds, snapFeed{Feed: f, Hash: f.Hash})
	}
	for _, r := range s.sessions {
		v.Sessions = append(v.Sessions, *r)
	}
	archive := s.archive // never changed in place (State.forget)
	return func() ([]byte, error) {
		v.Archive = groupArchive(archive)
		slices.SortFunc(v.Tickets, func(a, b snapTicket) int { return cmp.Compare(a.ID, b.ID) })
		slices.SortFunc(v.Appointments, func(a, b snapAppointment) int { return cmp.Compare(a.ID, b.ID) })
		slices.SortFunc(v.Helps, func(a, b snapHelp) int { return cmp.Compare(a.ID, b.ID) })
		slices.SortFunc(v.Sessions, func(a, b RoomSession) int { return cmp.Compare(a.Room, b.Room) })
		return event.EncodeSnapshot("queue", snapshotVersion, v)
	}
}

// encode is the state's snapshot.
func (s *State) encode() ([]byte, error) { return s.capture()() }

// decodeState is the state a snapshot holds.
func decodeState(data []byte) (*State, error) {
	var v snapshot
	if err := event.DecodeSnapshot("queue", snapshotVersion, data, &v); err != nil {
		return nil, err
	}
	s := newState()
	s.Seq, s.Site, s.Agencies, s.Services, s.Rooms = v.Seq, v.Site, v.Agencies, v.Services, v.Rooms
	s.loc = location(v.Site.TimeZone)
	s.personal = personalIndex{visits: v.Personal, bookings: v.Bookings}
	s.carried, s.closed, s.recent = v.Carried, v.Closed, v.Recent
	for to, from := range map[*map[string]int]map[string]int{&s.sincePriority: v.SincePriority, &s.numbers: v.Numbers, &s.offline: v.Offline,
		&s.counts: v.Counts, &s.carry: v.Carry} {
		fill(*to, from)
	}
	for to, from := range map[*map[string]uint64]map[string]uint64{&s.requests: v.Requests, &s.active: v.Active,
		&s.rooms: v.RoomVisits} {
		fill(*to, from)
	}
	fill(s.Clerks, v.Clerks)
	fill(s.persons, v.Persons)
	fill(s.waiting, v.Waiting)
	fill(s.byDay, v.ByDay)
	for _, g := range v.Archive {
		day, services := s.intern(g.Day), s.internList(g.Services)
		for i, id := range g.IDs {
			s.archive[id] = archived{CallID: g.CallIDs[i], Day: day, Services: services, Status: g.Status}
		}
	}
	for _, t := range v.Tickets {
		tk := t.Ticket
		tk.requestID, tk.follow = t.RequestID, t.Follow
		s.tickets[tk.ID] = &tk
		if tk.follow != "" {
			s.follows[tk.follow] = tk.ID
		}
	}
	for _, a := range v.Appointments {
		ap := a.Appointment
		ap.Person = a.Person
		s.appointments[ap.ID] = &ap
	}
	for _, h := range v.Helps {
		hp := h.Help
		hp.tracked = h.Tracked
		s.helps[hp.ID] = &hp
	}
	for _, d := range v.Devices {
		s.devices[d.ID] = &d
	}
	for _, f := range v.Feeds {
		fd := f.Feed
		fd.Hash = f.Hash
		s.feeds[fd.ID] = &fd
	}
	for _, b := range v.Blocks {
		s.blocks[b.Device] = append(s.blocks[b.Device], &b)
	}
	for _, b := range v.PointBookings {
		s.bookings[b.ID] = &b
	}
	for _, r := range v.Sessions {
		s.sessions[r.Room] = &r
	}
	for d, h := range v.LastHelp { // an open request is one object in both maps
		if open, ok := s.helps[h.ID]; ok && h.Status != HelpStatusClosed {
			s.lastHelp[d] = open
			continue
		}
		hp := h.Help
		hp.tracked = h.Tracked
		s.lastHelp[d] = &hp
	}
	return s, nil
}

// fill copies from into to, which stays non-nil.
func fill[K comparable, V any](to, from map[K]V) { maps.Copy(to, from) }

// archiveGroup is the archived visits of one day, list of queues and
// outcome, in columns: a year of visits encodes in a few bytes each.
type archiveGroup struct {
	Day      string   `json:"day"`
	Services []string `json:"services"`
	Status   Status   `json:"status"`
	IDs      []uint64 `json:"ids"`
	CallIDs  []string `json:"call_ids"` // of IDs, in order
}

// groupArchive returns the archive in groups, in one order.
func groupArchive(archive map[uint64]archived) []archiveGroup {
	type key struct {
		day      string
		status   Status
		services *string // lists of queues are interned: one list, one array
	}
	ids := slices.Sorted(maps.Keys(archive))
	at := map[key]int{}
	var out []archiveGroup
	for _, id := range ids {
		a := archive[id]
		k := key{a.Day, a.Status, &a.Services[0]}
		i, ok := at[k]
		if !ok {
			i, at[k] = len(out), len(out)
			out = append(out, archiveGroup{Day: a.Day, Services: a.Services, Status: a.Status})
		}
		out[i].IDs, out[i].CallIDs = append(out[i].IDs, id), append(out[i].CallIDs, a.CallID)
	}
	return out
}
