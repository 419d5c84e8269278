package wire

import (
	"fmt"
	"time"
	"unicode/utf8"
)

// CheckinRequest is a citizen at a kiosk checking in for an appointment:
// by the personal identity code read from a card, or by the name and time
// typed on the kiosk. A kiosk that gets no reply sends the same request
// (same Header.ID) again; the hub answers it with the same ticket.
//
// The personal identity code itself never crosses MQTT: HetuMAC is the
// hex HMAC-SHA256 of it under the site's check-in key, which the kiosk got
// with its credentials at enrolment. The hub compares it with the MACs of
// the day's appointments.
type CheckinRequest struct {
	Header
	Device  string `json:"device"`
	Lang    string `json:"lang"`
	Agency  string `json:"agency,omitempty"`   // the agency chosen, if any: only its appointments match
	HetuMAC string `json:"hetu_mac,omitempty"` // 64 hex digits
	Name    string `json:"name,omitempty"`     // "Etunimi Sukunimi", as typed
	Time    string `json:"time,omitempty"`     // "13:00", site time, today
}

// MaxCheckinName bounds a typed name, in characters.
const MaxCheckinName = 80

// Validate checks the request: a device, a language, and either a MAC or
// a name and a time of day.
func (r *CheckinRequest) Validate() error {
	switch {
	case r.Device == "":
		return fmt.Errorf("%w: check-in request without device", ErrInvalid)
	case !knownLang(r.Lang):
		return fmt.Errorf("%w: language %q", ErrInvalid, r.Lang)
	case r.Agency != "" && !ValidID(r.Agency):
		return fmt.Errorf("%w: agency id", ErrInvalid)
	case r.HetuMAC != "" && (r.Name != "" || r.Time != ""):
		return fmt.Errorf("%w: check-in by a code or by name and time, not both", ErrInvalid)
	case r.HetuMAC != "":
		return checkMAC(r.HetuMAC)
	case r.Name == "" || utf8.RuneCountInString(r.Name) > MaxCheckinName:
		return fmt.Errorf("%w: check-in needs a code, or a name of 1-%d characters", ErrInvalid, MaxCheckinName)
	}
	if _, err := time.Parse("15:04", r.Time); err != nil || len(r.Time) != 5 {
		return fmt.Errorf("%w: check-in time must be HH:MM", ErrInvalid)
	}
	return nil
}

func checkMAC(s string) error {
	if len(s) != 64 {
		return fmt.Errorf("%w: hetu_mac must be 64 hex digits", ErrInvalid)
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return fmt.Errorf("%w: hetu_mac must be 64 lower-case hex digits", ErrInvalid)
		}
	}
	return nil
}

// CheckinReply answers a CheckinRequest: either a Checkin or an Error
// (ErrCodeNoMatch, ErrCodeAmbiguous, ErrCodeTooEarly, ErrCodeTooLate,
// ErrCodeClosed, ErrCodeInternal).
type CheckinReply struct {
	Header
	RequestID string   `json:"request_id"`
	Checkin   *Checkin `json:"checkin,omitempty"`
	Error     *Error   `json:"error,omitempty"`
	// OpensAt, with ErrCodeTooEarly, is when the appointment's check-in
	// window opens: the citizen comes back then.
	OpensAt time.Time `json:"opens_at,omitzero"`
}

// Validate checks that the reply answers a request with exactly one outcome.
func (r *CheckinReply) Validate() error {
	if r.RequestID == "" || (r.Checkin == nil) == (r.Error == nil) {
		return fmt.Errorf("%w: reply needs a request id and either a check-in or an error", ErrInvalid)
	}
	if r.Checkin != nil && r.Checkin.Ticket.CallID == "" {
		return fmt.Errorf("%w: check-in without call id", ErrInvalid)
	}
	return nil
}

// Checkin is a matched appointment checked in: its ticket, to print, and
// what the kiosk greets the citizen with. It carries the first name only.
type Checkin struct {
	Ticket    Ticket    `json:"ticket"`
	FirstName string    `json:"first_name"`     // "Matti": the greeting, never printed
	At        time.Time `json:"at"`             // the appointment's time: it is called then
	Room      string    `json:"room,omitempty"` // the service point reserved for it, if any
}

// Error codes of a check-in the hub could not match.
const (
	ErrCodeNoMatch   = "no_match"  // no appointment today fits
	ErrCodeAmbiguous = "ambiguous" // more than one fits: the advisor sorts it out
	ErrCodeTooEarly  = "too_early" // before the service's check-in window: come back at OpensAt
	ErrCodeTooLate   = "too_late"  // after the window, and the service takes no late arrivals
)
