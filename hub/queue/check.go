package queue

import (
	"fmt"

	"vuoro/hub/event"
)

// Check tells whether the state could take ev: its kind is known, its
// payload decodes, and every visit, service and help request it points at
// exists.
func (s *State) Check(ev event.Event) error {
	_, err := s.take(ev)
	return err
}

// take decodes ev and checks it against the state: the journal takes each
// event before it is appended and before it is replayed, so an applier
// never meets an event it cannot take, and gets the payload decoded here.
func (s *State) take(ev event.Event) (Payload, error) {
	p, err := Decode(ev)
	if err != nil {
		return nil, err
	}
	return p, s.check(p)
}

// check tells whether what p points at exists.
func (s *State) check(p Payload) error {
	r := RefsOf(p)
	if r.Visit != 0 {
		if _, ok := s.visitDay(r.Visit); !ok {
			return fmt.Errorf("queue: %s of unknown visit %d", p.Kind(), r.Visit)
		}
	}
	for _, sv := range []string{r.Service, r.To} {
		if _, ok := s.Service(sv); sv != "" && !ok {
			return fmt.Errorf("queue: %s names unknown service %q", p.Kind(), sv)
		}
	}
	if err := s.checkAppointment(p); err != nil {
		return err
	}
	if v, ok := p.(BlockGranted); ok {
		if err := s.checkBlock(v); err != nil {
			return err
		}
	}
	if r.Help > s.Seq {
		return fmt.Errorf("queue: %s of unknown help request %d", p.Kind(), r.Help)
	}
	if err := s.checkBooking(p); err != nil {
		return fmt.Errorf("queue: %s of unknown service point or booking", p.Kind())
	}
	return nil
}

// checkAppointment checks that a cancellation or a no-show names a booked
// appointment, and a revocation a feed.
func (s *State) checkAppointment(p Payload) error {
	var id uint64
	switch v := p.(type) {
	case AppointmentRef:
		id = v.Appointment
	case AppointmentNoShow:
		id = v.Appointment
	case FeedRevoked:
		if _, ok := s.feeds[v.Feed]; !ok {
			return fmt.Errorf("queue: %s of unknown feed %d", p.Kind(), v.Feed)
		}
		return nil
	default:
		return nil
	}
	if _, ok := s.appointments[id]; !ok {
		return fmt.Errorf("queue: %s of unknown appointment %d", p.Kind(), id)
	}
	return nil
}
