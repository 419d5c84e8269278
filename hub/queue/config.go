package queue

import (
	"fmt"
	"unicode"
)

// SetSite sets the site's name, waiting room, wayfinding and time zone.
func (e *Engine) SetSite(actor string, v Site) error {
	if v.ID == "" || v.Name == "" {
		return fmt.Errorf("%w: site needs an id and a name", ErrInvalid)
	}
	if v.TimeZone != "" && !knownZone(v.TimeZone) {
		return fmt.Errorf("%w: unknown time zone %q", ErrInvalid, v.TimeZone)
	}
	if v.DayEnd != "" && !clockRe.MatchString(v.DayEnd) {
		return fmt.Errorf("%w: day end %q is not a time 00:00-24:00", ErrInvalid, v.DayEnd)
	}
	return e.do(func(*State) error {
		_, err := e.commit(actor, SiteSet{v})
		return err
	})
}

// AddAgency adds an agency.
func (e *Engine) AddAgency(actor string, v Agency) error {
	return e.do(func(s *State) error {
		if v.ID == "" {
			return fmt.Errorf("%w: agency needs an id", ErrInvalid)
		}
		for _, a := range s.Agencies {
			if a.ID == v.ID {
				return fmt.Errorf("%w: agency %s", ErrExists, v.ID)
			}
		}
		_, err := e.commit(actor, AgencyAdded{v})
		return err
	})
}

// AddService adds a service queue to an agency. Its letter must be one
// capital letter not used by another service of the site, so a call id
// names one queue.
func (e *Engine) AddService(actor string, v Service) error {
	return e.do(func(s *State) error {
		if err := s.checkService(v); err != nil {
			return err
		}
		_, err := e.commit(actor, ServiceAdded{v})
		return err
	})
}

func (s *State) checkService(v Service) error {
	r := []rune(v.Letter)
	if v.ID == "" || len(r) != 1 || !unicode.IsUpper(r[0]) || r[0] > 'Z' {
		return fmt.Errorf("%w: service needs an id and a letter A-Z", ErrInvalid)
	}
	if err := v.Settings.validate(); err != nil {
		return err
	}
	if !s.hasAgency(v.Agency) {
		return fmt.Errorf("%w: agency %s", ErrNotFound, v.Agency)
	}
	for _, o := range s.Services {
		if o.ID == v.ID || o.Letter == v.Letter {
			return fmt.Errorf("%w: service %s or letter %s", ErrExists, v.ID, v.Letter)
		}
	}
	return nil
}

func (s *State) hasAgency(id string) bool {
	for _, a := range s.Agencies {
		if a.ID == id {
			return true
		}
	}
	return false
}

// AddRoom adds a service point.
func (e *Engine) AddRoom(actor string, v Room) error {
	return e.do(func(s *State) error {
		if v.ID == "" {
			return fmt.Errorf("%w: room needs an id", ErrInvalid)
		}
		if _, ok := s.Room(v.ID); ok {
			return fmt.Errorf("%w: room %s", ErrExists, v.ID)
		}
		if err := s.checkRoomArea(v); err != nil {
			return err
		}
		_, err := e.commit(actor, RoomAdded{v})
		return err
	})
}

// AddClerk adds a console user. Credentials are kept elsewhere.
func (e *Engine) AddClerk(actor string, v Clerk) error {
	return e.do(func(s *State) error {
		if v.Login == "" || !v.Role.known() {
			return fmt.Errorf("%w: clerk needs a login and a known role", ErrInvalid)
		}
		if _, ok := s.Clerks[v.Login]; ok {
			return fmt.Errorf("%w: clerk %s", ErrExists, v.Login)
		}
		for _, a := range v.Agencies {
			if !s.hasAgency(a) {
				return fmt.Errorf("%w: agency %s", ErrNotFound, a)
			}
		}
		_, err := e.commit(actor, ClerkAdded{v})
		return err
	})
}
