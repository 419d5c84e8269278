package queue

import (
	"fmt"
	"slices"
)

// UpdateAgency replaces an agency's names.
func (e *Engine) UpdateAgency(actor string, v Agency) error {
	return e.do(func(s *State) error {
		if !s.hasAgency(v.ID) {
			return fmt.Errorf("%w: agency %s", ErrNotFound, v.ID)
		}
		_, err := e.commit(actor, AgencyUpdated{v})
		return err
	})
}

// RemoveAgency removes an agency that no longer has services.
func (e *Engine) RemoveAgency(actor, id string) error {
	return e.do(func(s *State) error {
		if !s.hasAgency(id) {
			return fmt.Errorf("%w: agency %s", ErrNotFound, id)
		}
		if n := len(s.ServicesOf([]string{id})); n > 0 {
			return fmt.Errorf("%w: agency %s still has %d services", ErrInUse, id, n)
		}
		_, err := e.commit(actor, AgencyRemoved{CatalogRef{ID: id}})
		return err
	})
}

// UpdateService replaces a queue's agency, letter, names and multi-day
// flag, keeping its settings. The letter may not change while the queue
// has open visits: their call ids carry the old one.
func (e *Engine) UpdateService(actor string, v ServiceUpdated) error {
	return e.do(func(s *State) error {
		old, ok := s.Service(v.ID)
		if !ok {
			return fmt.Errorf("%w: service %s", ErrNotFound, v.ID)
		}
		if err := s.others(v.ID).checkService(Service{ID: v.ID, Agency: v.Agency, Letter: v.Letter}); err != nil {
			return err
		}
		if n := s.OpenVisits(v.ID); n > 0 && v.Letter != old.Letter {
			return fmt.Errorf("%w: service %s has %d open visits; its letter %s cannot change before they end", ErrInUse, v.ID, n, old.Letter)
		}
		_, err := e.commit(actor, v)
		return err
	})
}

// others is a shallow copy of the state without service id, to check an
// edited service against the rest.
func (s *State) others(id string) *State {
	o := *s
	o.Services = slices.DeleteFunc(slices.Clone(s.Services), func(v Service) bool { return v.ID == id })
	return &o
}

// RemoveService removes a queue that has no open visits and no booked
// appointments to come.
func (e *Engine) RemoveService(actor, id string) error {
	return e.do(func(s *State) error {
		if _, ok := s.Service(id); !ok {
			return fmt.Errorf("%w: service %s", ErrNotFound, id)
		}
		if n := s.OpenVisits(id); n > 0 {
			return fmt.Errorf("%w: service %s has %d open visits (waiting, called or held)", ErrInUse, id, n)
		}
		if n := s.Booked(id, e.now()); n > 0 {
			return fmt.Errorf("%w: service %s has %d booked appointments", ErrInUse, id, n)
		}
		_, err := e.commit(actor, ServiceRemoved{CatalogRef{ID: id}})
		return err
	})
}

// UpdateRoom replaces a service point's name, floor, capacity and
// attributes.
func (e *Engine) UpdateRoom(actor string, v Room) error {
	return e.do(func(s *State) error {
		if _, ok := s.Room(v.ID); !ok {
			return fmt.Errorf("%w: room %s", ErrNotFound, v.ID)
		}
		if v.Capacity < 0 {
			return fmt.Errorf("%w: room %s capacity %d", ErrInvalid, v.ID, v.Capacity)
		}
		if err := s.checkRoomArea(v); err != nil {
			return err
		}
		_, err := e.commit(actor, RoomUpdated{v})
		return err
	})
}

// RemoveRoom removes a service point nobody is being served in.
func (e *Engine) RemoveRoom(actor, id string) error {
	return e.do(func(s *State) error {
		if _, ok := s.Room(id); !ok {
			return fmt.Errorf("%w: room %s", ErrNotFound, id)
		}
		if t, busy := s.RoomVisit(id); busy {
			return fmt.Errorf("%w: room %s is serving %s", ErrInUse, id, t.CallID)
		}
		if n := s.bookedAhead(id, e.now()); n > 0 {
			return fmt.Errorf("%w: room %s has %d bookings to come", ErrInUse, id, n)
		}
		if err := e.closeSession(s, actor, s.sessions[id], RoomGone, ""); err != nil {
			return err
		}
		_, err := e.commit(actor, RoomRemoved{CatalogRef{ID: id}})
		return err
	})
}
