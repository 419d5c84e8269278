package queue

import (
	"fmt"
	"slices"
)

// Pause stops or restarts a queue: while paused it takes no check-ins and
// nobody is called from it.
func (e *Engine) Pause(actor, service string, paused bool) error {
	return e.do(func(s *State) error {
		if _, ok := s.Service(service); !ok {
			return fmt.Errorf("%w: service %q", ErrNotFound, service)
		}
		_, err := e.commit(actor, ServicePaused{Service: service, Paused: paused})
		return err
	})
}

// Configure sets a queue's daily cap, priority rule and opening hours.
func (e *Engine) Configure(actor, service string, st Settings) error {
	return e.ConfigureService(actor, service, st, nil)
}

// ConfigureService is Configure that also sets whether the queue runs over
// several days (Service.MultiDay); nil keeps it as it is.
func (e *Engine) ConfigureService(actor, service string, st Settings, multiDay *bool) error {
	return e.do(func(s *State) error {
		if _, ok := s.Service(service); !ok {
			return fmt.Errorf("%w: service %q", ErrNotFound, service)
		}
		if err := st.validate(); err != nil {
			return err
		}
		_, err := e.commit(actor, ServiceSettings{Service: service, Settings: st, MultiDay: multiDay})
		return err
	})
}

// RecordAccess logs that actor was shown the personal data of a visit.
func (e *Engine) RecordAccess(actor string, ticket uint64, where string) error {
	return e.do(func(*State) error {
		_, err := e.commit(actor, PersonalDataSeen{Ticket: ticket, Where: where})
		return err
	})
}

// ServicesOf returns the services of the given agencies, or every service
// when agencies is empty.
func (s *State) ServicesOf(agencies []string) []Service {
	var out []Service
	for _, sv := range s.Services {
		if len(agencies) == 0 || slices.Contains(agencies, sv.Agency) {
			out = append(out, sv)
		}
	}
	return out
}
