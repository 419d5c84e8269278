package queue

import (
	"fmt"
	"time"
)

// TooEarlyError refuses a check-in before its window opens: the citizen
// may come back at From.
type TooEarlyError struct {
	From time.Time
}

func (e *TooEarlyError) Error() string {
	return fmt.Sprintf("%v: come back at %s", ErrTooEarly, e.From.UTC().Format(time.RFC3339))
}

// Is makes errors.Is(err, ErrTooEarly) hold.
func (e *TooEarlyError) Is(target error) bool { return target == ErrTooEarly }

// CheckedIn is the outcome of a check-in by appointment.
type CheckedIn struct {
	Issued
	// WalkIn: the citizen came after the window and the service's policy
	// put them in its walk-in queue, by their check-in time.
	WalkIn bool
}

// CheckInAppointment checks in the citizen of appointment id who came to
// device (a kiosk, after it matched them), by the engine's clock and the
// service's check-in window (Settings.CheckIn):
//   - before the window: a *TooEarlyError telling when it opens;
//   - in it: a ticket called at the appointment's time;
//   - after it, the same day: by the late policy, ErrTooLate (see the
//     service advisor) or a ticket in the walk-in queue;
//   - after its day: ErrTooLate;
//   - checked in already at this device, its visit still open: that
//     ticket again (Repeat), as a kiosk re-sending a request whose answer
//     was lost, or a citizen scanning their card twice, needs; at another
//     device: ErrCheckedIn;
//   - cancelled: ErrAppointmentCancelled.
func (e *Engine) CheckInAppointment(actor string, id uint64, device string) (CheckedIn, error) {
	var out CheckedIn
	err := e.do(func(s *State) error {
		a, err := s.appointment(id)
		if err != nil {
			return err
		}
		if t, ok := s.tickets[a.Ticket]; ok && a.Ticket != 0 && t.Device == device && t.Status.Open() {
			out.Issued = Issued{Ticket: *t, Ahead: s.Ahead(t.ID), Repeat: true}
			return nil
		}
		onTime, err := s.admit(a, e.now())
		if err != nil {
			return err
		}
		out.Issued, err = e.issueFor(s, actor, a, device, onTime)
		out.WalkIn = !onTime
		return err
	})
	return out, err
}

// admit decides whether the citizen of a may check in at now: on time
// (in the window), or late by the walk-in policy.
func (s *State) admit(a *Appointment, now time.Time) (onTime bool, err error) {
	w := s.CheckInWindow(a.Service)
	switch {
	case a.Ticket != 0:
		return false, fmt.Errorf("%w: as %s", ErrCheckedIn, s.tickets[a.Ticket].CallID)
	case now.Before(w.opens(a.At)):
		return false, &TooEarlyError{From: w.opens(a.At)}
	case !now.After(w.closes(a.At)):
		return true, nil
	case w.Policy == LateWalkIn && s.day(now) == s.day(a.At):
		return false, nil
	}
	return false, fmt.Errorf("%w: the window closed at %s", ErrTooLate, w.closes(a.At).In(s.loc).Format("15:04"))
}
