package queue

import (
	"slices"
	"time"

	"vuoro/hub/event"
)

// OpenVisits counts the service's visits that have not ended: waiting,
// called, in service or held.
func (s *State) OpenVisits(service string) int {
	n := 0
	for _, t := range s.tickets {
		if t.Service == service && t.Status.Open() {
			n++
		}
	}
	return n
}

// Booked counts the service's appointments to come, not yet checked in.
func (s *State) Booked(service string, now time.Time) int {
	n := 0
	for _, a := range s.appointments {
		if a.Service == service && a.Ticket == 0 && !a.Cancelled && !a.At.Before(now) {
			n++
		}
	}
	return n
}

func applyAgencyUpdated(s *State, _ event.Event, v AgencyUpdated) {
	s.Agencies[slices.IndexFunc(s.Agencies, func(a Agency) bool { return a.ID == v.ID })] = v.Agency
}

func applyServiceUpdated(s *State, _ event.Event, v ServiceUpdated) {
	sv := s.service(v.ID)
	sv.Agency, sv.Letter, sv.Names, sv.MultiDay = v.Agency, v.Letter, v.Names, v.MultiDay
}

func applyServiceRemoved(s *State, _ event.Event, v ServiceRemoved) {
	s.Services = slices.DeleteFunc(s.Services, func(sv Service) bool { return sv.ID == v.ID })
	delete(s.waiting, v.ID)
	delete(s.sincePriority, v.ID)
}

func applyAgencyRemoved(s *State, _ event.Event, v AgencyRemoved) {
	s.Agencies = slices.DeleteFunc(s.Agencies, func(a Agency) bool { return a.ID == v.ID })
}

func applyRoomUpdated(s *State, _ event.Event, v RoomUpdated) {
	s.Rooms[slices.IndexFunc(s.Rooms, func(r Room) bool { return r.ID == v.ID })] = v.Room
}

func applyRoomRemoved(s *State, _ event.Event, v RoomRemoved) {
	s.Rooms = slices.DeleteFunc(s.Rooms, func(r Room) bool { return r.ID == v.ID })
}
