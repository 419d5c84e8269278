package queue

import (
	"fmt"
	"time"
)

// OfflineTicket is a ticket a kiosk issued from one of its blocks while it
// could not reach the hub, as the kiosk delivers it.
type OfflineTicket struct {
	RequestID string // the kiosk's id of the ticket: a repeat is answered, never recorded twice
	Device    string
	Service   string
	Day       string // the block's day
	Number    int
	CheckedIn time.Time // by the kiosk's clock
	Persons   int
}

// Delivered is the outcome of DeliverOffline.
type Delivered struct {
	Ticket  Ticket // zero on a repeat whose visit is archived or forgotten
	Expired bool   // its day was over: recorded, but never waits
	Repeat  bool   // delivered before: nothing new was recorded
}

// DeliverOffline records a ticket a kiosk issued from its block while
// offline, once: a repeat of its request id returns what was recorded. The
// number must be in a block granted to that kiosk, and not delivered by
// another request. Its place in the queue is its check-in time, clamped to
// between its block's grant and now, so it waits behind those who checked
// in before it and before those who came after, whichever way they got
// their ticket. A ticket of a day already over is recorded as expired.
func (e *Engine) DeliverOffline(actor string, d OfflineTicket) (Delivered, error) {
	var out Delivered
	err := e.do(func(s *State) error {
		now := e.now()
		b := s.blockOf(d.Device, d.Service, d.Day, d.Number)
		switch {
		case b == nil:
			return fmt.Errorf("%w: no block of %s holds %s %d of %s", ErrNotFound, d.Device, d.Service, d.Number, d.Day)
		case b.Used[d.Number] == d.RequestID:
			out = s.redelivered(d.RequestID)
			return nil
		case b.Used[d.Number] != "":
			return fmt.Errorf("%w: number %d of %s was delivered already", ErrExists, d.Number, d.Service)
		case d.Persons < 1 || d.Persons > 9 || d.RequestID == "":
			return fmt.Errorf("%w: offline ticket of %d persons, request %q", ErrInvalid, d.Persons, d.RequestID)
		}
		at := d.CheckedIn
		if at.Before(b.Granted) {
			at = b.Granted
		}
		if at.After(now) {
			at = now
		}
		today := s.day(now)
		p := TicketIssued{Service: d.Service, Number: d.Number, CallID: fmt.Sprintf("%s%d", b.Letter, d.Number), Day: b.Day,
			RequestID: d.RequestID, Device: d.Device, Persons: d.Persons, CheckedIn: at.UTC(),
			Expired: b.Day < today || b.Day <= s.closed || s.DayEnded(now)}
		iss, err := e.issue(s, actor, p)
		out = Delivered{Ticket: iss.Ticket, Expired: p.Expired}
		return err
	})
	return out, err
}

// redelivered is what a repeated delivery is answered.
func (s *State) redelivered(request string) Delivered {
	id, ok := s.requests[request]
	if !ok {
		return Delivered{Repeat: true, Expired: true}
	}
	t := *s.tickets[id]
	return Delivered{Ticket: t, Repeat: true, Expired: t.Status == Expired}
}

// applyOffline sets what a ticket delivered from a block has of its own:
// its place is its check-in time, its number is used, and of a day over it
// never waits.
func (s *State) applyOffline(t *Ticket, v TicketIssued) {
	t.Offline, t.Issued, t.Since = true, v.CheckedIn, v.CheckedIn
	if b := s.blockOf(v.Device, v.Service, v.Day, v.Number); b != nil {
		if b.Used == nil {
			b.Used = map[int]string{}
		}
		b.Used[v.Number] = v.RequestID
	}
}
