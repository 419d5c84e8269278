package checkin

import (
	"fmt"
	"time"

	"vuoro/shared/hetu"
)

// Slack is how far a typed time may be from the appointment's.
const Slack = 15 * time.Minute

// Appointment is one of the day's appointments, with its person.
type Appointment struct {
	ID     uint64
	Agency string
	At     time.Time
	Name   string // "Matti Virtanen"
	HETU   string // empty when not known
	Room   string // the service point it is in, if chosen: the kiosk names it
}

// Query is what the kiosk sent: a MAC, or a name and a time on Day.
type Query struct {
	Agency  string // only this agency's appointments, if set
	HetuMAC string // hetu.MAC of the card's code under Key
	Name    string
	Time    string    // "13:00"
	Day     time.Time // any time on the site's day, in the site's zone
}

// Match returns the one appointment q fits, or ErrNoMatch or ErrAmbiguous.
// key is the site's check-in key the kiosk made the MAC with.
func Match(apps []Appointment, q Query, key []byte) (Appointment, error) {
	fits, err := matcher(q, key)
	if err != nil {
		return Appointment{}, err
	}
	var found []Appointment
	for _, a := range apps {
		if (q.Agency == "" || a.Agency == q.Agency) && fits(a) {
			found = append(found, a)
		}
	}
	switch len(found) {
	case 0:
		return Appointment{}, ErrNoMatch
	case 1:
		return found[0], nil
	}
	return Appointment{}, fmt.Errorf("%w: %d appointments", ErrAmbiguous, len(found))
}

// matcher is the test q puts to each appointment.
func matcher(q Query, key []byte) (func(Appointment) bool, error) {
	if q.HetuMAC != "" {
		return func(a Appointment) bool { return a.HETU != "" && hetu.SameMAC(hetu.MAC(key, a.HETU), q.HetuMAC) }, nil
	}
	at, err := time.ParseInLocation("15:04", q.Time, time.UTC)
	if err != nil {
		return nil, fmt.Errorf("%w: time is not HH:MM", ErrNoMatch)
	}
	y, m, d := q.Day.Date()
	want := time.Date(y, m, d, at.Hour(), at.Minute(), 0, 0, q.Day.Location())
	typed := words(q.Name)
	return func(a Appointment) bool {
		off := a.At.Sub(want).Abs()
		return off <= Slack && sameName(typed, words(a.Name))
	}, nil
}
