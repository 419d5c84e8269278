package wire

import (
	"fmt"
	"strings"
	"time"
)

// MaxPersons bounds the number of persons one ticket may stand for.
const MaxPersons = 9

// TicketRequest is a kiosk asking the hub for a ticket. A kiosk that gets no
// reply sends the same request (same Header.ID) again; the hub answers a
// repeated id with the ticket it already issued, never a second one.
type TicketRequest struct {
	Header
	Device  string `json:"device"`
	Service string `json:"service"`
	Lang    string `json:"lang"`
	Persons int    `json:"persons"`
	// Deadline is when the kiosk gives up waiting, in the hub's time (the
	// kiosk's clock plus its offset to the hub's heartbeats), so skew
	// between the clocks does not move it. The hub refuses a request it
	// decides after its deadline (ErrCodeExpired). Zero when the kiosk has
	// not heard the hub's time: then only its TicketCancel guards.
	Deadline time.Time `json:"deadline,omitzero"`
}

// Validate checks the request before the hub acts on it.
func (r *TicketRequest) Validate() error {
	switch {
	case r.Device == "" || r.Service == "":
		return fmt.Errorf("%w: ticket request needs device and service", ErrInvalid)
	case r.Persons < 1 || r.Persons > MaxPersons:
		return fmt.Errorf("%w: persons %d not in 1..%d", ErrInvalid, r.Persons, MaxPersons)
	case !knownLang(r.Lang):
		return fmt.Errorf("%w: language %q", ErrInvalid, r.Lang)
	}
	return nil
}

func knownLang(l string) bool { return l == "fi" || l == "sv" || l == "en" }

// TicketReply answers a TicketRequest: either a Ticket or an Error.
type TicketReply struct {
	Header
	RequestID string  `json:"request_id"`
	Ticket    *Ticket `json:"ticket,omitempty"`
	Error     *Error  `json:"error,omitempty"`
}

// Validate checks that the reply answers a request with exactly one outcome.
func (r *TicketReply) Validate() error {
	if r.RequestID == "" || (r.Ticket == nil) == (r.Error == nil) {
		return fmt.Errorf("%w: reply needs a request id and either a ticket or an error", ErrInvalid)
	}
	if r.Ticket != nil {
		return r.Ticket.Validate()
	}
	return nil
}

// Validate checks what a kiosk prints of the ticket.
func (t *Ticket) Validate() error {
	switch {
	case t.CallID == "":
		return fmt.Errorf("%w: ticket without call id", ErrInvalid)
	case t.Estimate != nil && (t.Estimate.Low < 0 || t.Estimate.High < t.Estimate.Low || t.Estimate.High > MaxEstimate):
		return fmt.Errorf("%w: estimate %d–%d min", ErrInvalid, t.Estimate.Low, t.Estimate.High)
	case t.Follow != "" && !validFollow(t.Follow):
		return fmt.Errorf("%w: follow path %q", ErrInvalid, t.Follow)
	}
	return nil
}

// Estimate is an estimated wait in whole minutes: about Low (the median)
// to High (the 90th percentile).
type Estimate struct {
	Low  int `json:"low"`
	High int `json:"high"`
}

// MaxEstimate bounds an estimate's minutes: a day.
const MaxEstimate = 24 * 60

// FollowPrefix starts the path of a ticket's follow page; a token of 22 to
// 64 URL-safe base64 characters follows it.
const FollowPrefix = "/follow/"

func validFollow(p string) bool {
	tok, ok := strings.CutPrefix(p, FollowPrefix)
	if !ok || len(tok) < 22 || len(tok) > 64 {
		return false
	}
	return strings.Trim(tok, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") == ""
}

// Ticket is an issued ticket as the kiosk prints it. It never carries
// personal data.
type Ticket struct {
	CallID  string    `json:"call_id"` // "R19"
	Service string    `json:"service"`
	Ahead   int       `json:"ahead"` // people in the queue before this ticket
	Issued  time.Time `json:"issued"`
	// Offline: the kiosk issued it from its block without the hub, so
	// Ahead is not known.
	Offline bool `json:"offline,omitempty"`
	// Estimate is the wait the hub estimated; nil when it knows none.
	Estimate *Estimate `json:"estimate,omitempty"`
	// Follow is the path of the ticket's follow-your-turn page on the
	// hub, "/follow/{token}" (FollowPrefix); the kiosk prints it, after
	// the catalog's PublicURL, as a QR code. Empty if the hub gave none.
	Follow string `json:"follow,omitempty"`
	// Request is the id of the request that got the ticket (TicketRequest's
	// or OfflineTicket's Header.ID). The kiosk fills it in to find the
	// ticket again after a restart; it is never sent.
	Request string `json:"-"`
}

// Error is a refusal a device can show to a citizen.
type Error struct {
	Code    string `json:"code"` // ErrCodeClosed, ...
	Message string `json:"message"`
}

// Error codes of a refused request.
const (
	ErrCodeUnknownService = "unknown_service"
	ErrCodeClosed         = "closed"
	ErrCodeFull           = "full"
	ErrCodeInternal       = "internal"
	ErrCodeInvalid        = "invalid" // an offline ticket the hub cannot take
	// ErrCodeExpired refuses a request that reached the hub after its
	// deadline: the kiosk has given up on it.
	ErrCodeExpired = "expired"
	// ErrCodeCancelled answers a TicketCancel, and refuses a request its
	// kiosk has cancelled: no ticket was issued, or the one issued is void.
	ErrCodeCancelled = "cancelled"
)

// HelpRequest is a citizen pressing Help at a kiosk.
type HelpRequest struct {
	Header
	Device string `json:"device"`
	Lang   string `json:"lang"`
	Screen string `json:"screen"` // which step the citizen was on
	// TicketRequest is the id of the TicketRequest that got the citizen a
	// ticket just before, if any: the help is about that visit, and closes
	// when the visit ends.
	TicketRequest string `json:"ticket_request,omitempty"`
}

// Validate checks the request.
func (r *HelpRequest) Validate() error {
	if r.Device == "" {
		return fmt.Errorf("%w: help request without device", ErrInvalid)
	}
	return nil
}
