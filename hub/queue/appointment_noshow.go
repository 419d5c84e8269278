package queue

import (
	"cmp"
	"slices"
	"time"

	"vuoro/hub/event"
)

// MarkNoShows marks, by the engine's clock, every appointment whose
// check-in window has closed with nobody checked in: one
// appointment.noshow event each. It is idempotent. It returns how many
// it marked.
func (e *Engine) MarkNoShows() (int, error) {
	var n int
	err := e.do(func(s *State) error {
		for _, id := range s.noShowsDue(e.now()) {
			if _, err := e.commit(event.ActorSystem, AppointmentNoShow{Appointment: id}); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

// noShowsDue are the appointments whose window closed before now, not
// checked in, cancelled or marked, in order of time.
func (s *State) noShowsDue(now time.Time) []uint64 {
	var due []*Appointment
	for _, a := range s.appointments {
		if a.Ticket == 0 && !a.Cancelled && !a.NoShow && now.After(s.CheckInWindow(a.Service).closes(a.At)) {
			due = append(due, a)
		}
	}
	slices.SortFunc(due, func(a, b *Appointment) int { return cmp.Or(a.At.Compare(b.At), cmp.Compare(a.ID, b.ID)) })
	ids := make([]uint64, len(due))
	for i, a := range due {
		ids[i] = a.ID
	}
	return ids
}
