package queue

import (
	"fmt"
	"strings"
)

// ImportError refuses an import: the problem of each booking that could
// not be booked, by its place in the import. Nothing was booked.
type ImportError struct {
	Problems map[int]error
}

func (e *ImportError) Error() string {
	return fmt.Sprintf("queue: nothing imported: %d of the appointments cannot be booked", len(e.Problems))
}

// Unwrap returns the problems, so errors.Is finds ErrInvalid and the like.
func (e *ImportError) Unwrap() []error {
	out := make([]error, 0, len(e.Problems))
	for _, err := range e.Problems {
		out = append(out, err)
	}
	return out
}

// ImportAppointments books every one of bs, or none: if any cannot be
// booked (an unknown service or room, no name or time, a UID imported
// before or twice in bs), it returns an *ImportError naming each and
// books nothing. The bookings are saved in one write.
func (e *Engine) ImportAppointments(actor string, bs []AppointmentBooking) ([]Appointment, error) {
	var out []Appointment
	err := e.do(func(s *State) error {
		evs, err := s.appointmentsBooked(bs)
		if err != nil {
			return err
		}
		for _, v := range evs {
			ev, err := e.commit(actor, v)
			if err != nil {
				return err
			}
			out = append(out, *s.appointments[ev.Seq])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// bookings checks every one of bs, and returns their events or every
// problem.
func (s *State) appointmentsBooked(bs []AppointmentBooking) ([]AppointmentBooked, error) {
	problems, seen := map[int]error{}, map[string]int{}
	out := make([]AppointmentBooked, 0, len(bs))
	for i, b := range bs {
		v, err := s.booking(b)
		if uid := strings.TrimSpace(b.UID); err == nil && uid != "" {
			if first, dup := seen[uid]; dup {
				err = fmt.Errorf("%w: UID %q twice (also booking %d)", ErrExists, uid, first+1)
			}
			seen[uid] = i
		}
		if err != nil {
			problems[i] = err
		}
		out = append(out, v)
	}
	if len(problems) > 0 {
		return nil, &ImportError{Problems: problems}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no appointments to import", ErrInvalid)
	}
	return out, nil
}
