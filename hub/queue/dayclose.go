package queue

import (
	"slices"
	"strings"
	"time"

	"vuoro/hub/event"
)

// ReasonExpired is the reason recorded on a visit still open when its day
// was closed.
const ReasonExpired = "expired at end of day"

// CloseDay closes the site's days that have ended by the engine's clock: at
// the site's day end (Site.DayEnd), or at local midnight when it is unset.
// Every visit still open expires, which frees its clerk and room; the
// displays' recent calls of the closed days clear; the next ticket of a
// queue is number 1 again. Multi-day services keep their waiting and held
// visits, and new numbers follow the highest number kept. Visits called or
// in service expire in every queue: nobody is served across the night.
//
// CloseDay is idempotent: a day is closed once, however often it is called.
// It returns how many visits expired.
func (e *Engine) CloseDay() (int, error) {
	var n int
	err := e.do(func(s *State) error {
		v, ok := s.dayClose(e.now())
		if !ok {
			return nil
		}
		for _, r := range s.sessionsUntil(v.Day) {
			if err := e.closeSession(s, event.ActorSystem, &r, RoomDayClosed, ""); err != nil {
				return err
			}
		}
		if _, err := e.commit(event.ActorSystem, v); err != nil {
			return err
		}
		n = len(v.Expired)
		return nil
	})
	return n, err
}

// dayClose decides the day close due at now, if any.
func (s *State) dayClose(now time.Time) (DayClosed, bool) {
	day := s.dueDay(now)
	if day <= s.closed || !s.hasDayToClose(day) {
		return DayClosed{}, false
	}
	v := DayClosed{Day: day, Reason: ReasonExpired}
	for _, id := range s.openUntil(day) {
		if s.carries(s.tickets[id]) {
			v.Carried = append(v.Carried, id)
		} else {
			v.Expired = append(v.Expired, id)
		}
	}
	return v, true
}

// hasDayToClose reports whether closing day would change anything: tickets
// of a day not yet closed, visits carried over, calls on the displays.
func (s *State) hasDayToClose(day string) bool {
	calledBefore := func(c Call) bool { return s.tickets[c.Ticket].Day <= day }
	if len(s.carried) > 0 || slices.ContainsFunc(s.recent, calledBefore) || s.blocksUntil(day) || len(s.sessionsUntil(day)) > 0 {
		return true
	}
	for d := range s.byDay {
		if d > s.closed && d <= day {
			return true
		}
	}
	return false
}

// openUntil returns the open visits issued on day or before, by id. Those
// of days already closed are the ones carried over.
func (s *State) openUntil(day string) []uint64 {
	var ids []uint64
	add := func(list []uint64) {
		for _, id := range list {
			if s.tickets[id].Status.Open() {
				ids = append(ids, id)
			}
		}
	}
	add(s.carried)
	for d, list := range s.byDay {
		if d > s.closed && d <= day {
			add(list)
		}
	}
	slices.Sort(ids)
	return ids
}

// carries reports whether t stays open over a day close.
func (s *State) carries(t *Ticket) bool {
	sv, _ := s.Service(t.Service)
	return sv.MultiDay && (t.Status == Waiting || t.Status == Held)
}

func applyDayClosed(s *State, ev event.Event, v DayClosed) {
	for _, id := range v.Expired {
		if t, ok := s.tickets[id]; ok && t.Status.Open() {
			s.expire(ev, t, v.Reason)
		}
	}
	s.carried, s.carry = nil, map[string]int{}
	for _, id := range v.Carried {
		if t, ok := s.tickets[id]; ok && t.Status.Open() {
			s.carried = append(s.carried, id)
			first := t.Services[0] // the queue whose letter the call id has
			s.carry[first] = max(s.carry[first], t.Number)
		}
	}
	s.recent = slices.DeleteFunc(s.recent, func(c Call) bool { return s.tickets[c.Ticket].Day <= v.Day })
	clear(s.sincePriority)
	s.closed = max(s.closed, v.Day)
	s.forget(s.closed)
}

// expire ends an open visit at the close of its day.
func (s *State) expire(ev event.Event, t *Ticket, reason string) {
	s.release(t)
	s.dequeue(t)
	t.Status, t.Ended, t.Note = Expired, ev.Time, reason
}

// nextNumber is the number of service's next ticket on day: after the
// day's last, and after every number carried over the last day close, so
// two open visits never share a call id.
func (s *State) nextNumber(service, day string) int {
	k := service + "|" + day
	n := max(s.numbers[k], s.carry[service]) + 1
	if n >= OfflineFirst && n <= s.offline[k] { // online numbers reached the blocks: step over them
		n = s.offline[k] + 1
	}
	return n
}

// dueDay is the last site-local day whose end has come by now.
func (s *State) dueDay(now time.Time) string {
	l := now.In(s.loc)
	if l.Format("15:04") >= s.Site.dayEnd() {
		return l.Format(time.DateOnly)
	}
	// The day before, computed on dates alone: a local wall time may not
	// exist on the day before (daylight saving time).
	return time.Date(l.Year(), l.Month(), l.Day()-1, 12, 0, 0, 0, time.UTC).Format(time.DateOnly)
}

// sessionsUntil returns the room sessions opened before the end of day,
// by room: those the close of day ends.
func (s *State) sessionsUntil(day string) []RoomSession {
	var out []RoomSession
	for _, r := range s.sessions {
		if s.dueDay(r.Opened) < day {
			out = append(out, *r)
		}
	}
	slices.SortFunc(out, func(a, b RoomSession) int { return strings.Compare(a.Room, b.Room) })
	return out
}

// dayEnd is the local time the site's day ends; "24:00" is midnight.
func (v Site) dayEnd() string {
	if v.DayEnd == "" || v.DayEnd == "00:00" {
		return "24:00"
	}
	return v.DayEnd
}

// DayEnded reports whether the site's day of now is over: its day end has
// passed or the day was closed. No ticket is issued then.
func (s *State) DayEnded(now time.Time) bool {
	return s.day(now) <= s.closed || now.In(s.loc).Format("15:04") >= s.Site.dayEnd()
}

// LastClosed returns the last site-local day closed ("2026-11-23"), or ""
// before the first day close.
func (s *State) LastClosed() string { return s.closed }
