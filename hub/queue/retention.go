package queue

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"time"

	"vuoro/hub/event"
)

// defaultRetentionDays is how long personal data is kept when the site
// sets no period.
const defaultRetentionDays = 30

// Redactor rewrites stored events in place; *store.Store is one. Only
// erasure uses it: to everyone else the log stays append-only.
type Redactor interface {
	// Redact passes each of the events seqs through fn and stores what it
	// returns; it returns how many events changed.
	Redact(seqs []uint64, fn func(event.Event) (event.Event, error)) (int, error)
}

// personalIndex finds the events that hold personal data, so erasure
// rewrites them without reading the whole log.
type personalIndex struct {
	visits   map[uint64][]uint64  // ticket → its events holding personal data
	bookings map[uint64]time.Time // appointment.booked holding a person → the appointment's time
}

func (x *personalIndex) noteVisit(ticket, seq uint64) {
	if x.visits == nil {
		x.visits = map[uint64][]uint64{}
	}
	x.visits[ticket] = append(x.visits[ticket], seq)
}

func (x *personalIndex) noteBooking(seq uint64, at time.Time) {
	if x.bookings == nil {
		x.bookings = map[uint64]time.Time{}
	}
	x.bookings[seq] = at
}

// RetentionDays is how many days the personal data of visits and
// appointments is kept.
func (s *State) RetentionDays() int {
	if n := s.Site.RetentionDays; n > 0 {
		return n
	}
	return defaultRetentionDays
}

// retentionCutoff is the first site-local day whose personal data is kept
// at now: with 30 days, on 24 December the visits of 24 November stay and
// those of 23 November go.
func (s *State) retentionCutoff(now time.Time) string {
	y, m, d := now.In(s.loc).Date()
	return time.Date(y, m, d-s.RetentionDays(), 12, 0, 0, 0, time.UTC).Format(time.DateOnly)
}

// expired returns the visits and bookings before cutoff that still hold
// personal data, and the events that hold it, in log order.
func (s *State) expired(cutoff string) (visits, bookings, seqs []uint64) {
	for id, evs := range s.personal.visits {
		if day, ok := s.visitDay(id); ok && day < cutoff {
			visits = append(visits, id)
			seqs = append(seqs, evs...)
		}
	}
	for seq, at := range s.personal.bookings {
		if s.day(at) < cutoff {
			bookings = append(bookings, seq)
			seqs = append(seqs, seq)
		}
	}
	slices.Sort(seqs)
	return visits, bookings, seqs
}

// ErasePersonalData erases the personal data of the visits and
// appointments of the site-local days older than the site's retention
// period: the persons of tickets and bookings, message texts and deletion
// reasons. It rewrites the stored events that hold the data through log,
// which must be the engine's own log, then commits a KindPersonalErased
// that erases the same data from the state. Replaying the rewritten log
// makes the same state. Run again, it erases nothing more and commits
// nothing. The old bytes stay in the data file until it is compacted; the
// event it commits carries a new snapshot, so the snapshot is erased too.
//
// The rewrite runs outside the engine's lock, so readers do not wait for
// it: the events found first are rewritten, and then, under the lock, only
// those that came meanwhile (a note on an old visit), before the commit.
func (e *Engine) ErasePersonalData(log Redactor, now time.Time) (Erased, error) {
	var cutoff string
	var first []uint64
	e.j.Read(func(s *State) { cutoff = s.retentionCutoff(now); _, _, first = s.expired(cutoff) })
	if len(first) == 0 {
		return Erased{Before: cutoff}, nil
	}
	if err := e.do(func(*State) error { return nil }); err != nil { // what was decided is on disk
		return Erased{}, err
	}
	n, err := log.Redact(first, redact)
	if err != nil {
		return Erased{}, fmt.Errorf("queue: erase personal data: %w", err)
	}
	out := Erased{Before: cutoff, Events: n}
	err = e.do(func(s *State) error {
		visits, bookings, seqs := s.expired(cutoff)
		if rest := slices.DeleteFunc(seqs, func(q uint64) bool { _, done := slices.BinarySearch(first, q); return done }); len(rest) > 0 {
			if err := e.j.Flush(); err != nil {
				return err
			}
			m, err := log.Redact(rest, redact)
			if err != nil {
				return fmt.Errorf("queue: erase personal data: %w", err)
			}
			out.Events += m
		}
		out.Visits, out.Appointments = len(visits), len(bookings)
		e.j.SnapshotNext() // no older snapshot holding the data stays the newest
		_, err := e.commit(event.ActorSystem, out)
		return err
	})
	e.j.WaitSnapshots() // before the file is compacted
	return out, err
}

// applyErased erases from the state what ErasePersonalData erased from
// the log. On a log whose events were rewritten it finds nothing to do.
func applyErased(s *State, _ event.Event, v Erased) {
	for id := range maps.Keys(s.personal.visits) {
		day, ok := s.visitDay(id)
		if !ok || day >= v.Before {
			continue
		}
		delete(s.persons, id)
		delete(s.personal.visits, id)
		t, ok := s.tickets[id]
		if !ok {
			continue // archived: its person was all it kept
		}
		t.HasPerson = false
		if t.Status == Deleted { // its reason; an expired visit's note is the engine's
			t.Note = ""
		}
		t.Messages = slices.Clone(t.Messages) // copies handed out keep theirs
		for i := range t.Messages {
			t.Messages[i].Text = ""
		}
	}
	for seq, at := range s.personal.bookings {
		if s.day(at) >= v.Before {
			continue
		}
		if a, ok := s.appointments[seq]; ok {
			a.Person = Person{}
		}
		delete(s.personal.bookings, seq)
	}
}

// redact removes the personal data from a stored event.
func redact(ev event.Event) (event.Event, error) {
	p, err := Decode(ev)
	if err != nil {
		return ev, fmt.Errorf("queue: event %d: %w", ev.Seq, err)
	}
	switch v := p.(type) {
	case TicketIssued:
		v.Person = nil
		p = v
	case AppointmentBooked:
		v.Person = Person{}
		p = v
	case VisitMessage:
		v.Text = ""
		p = v
	case TicketDeleted:
		v.Reason = ""
		p = v
	default:
		return ev, fmt.Errorf("queue: event %d (%s) holds no personal data to erase", ev.Seq, ev.Kind)
	}
	if ev.Payload, err = json.Marshal(p); err != nil {
		return ev, fmt.Errorf("queue: event %d (%s): %w", ev.Seq, ev.Kind, err)
	}
	return ev, nil
}
