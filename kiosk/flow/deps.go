package flow

import (
	"context"
	"time"

	"vuoro/shared/hetu"
	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

// Issuer asks the hub for a ticket to a service. It returns once the hub has
// answered or ctx has ended. A refusal by the hub is an error with a method
// RefusalCode() string that returns one of the wire.ErrCode values.
type Issuer interface {
	Issue(ctx context.Context, service, lang string) (wire.Ticket, error)
}

// Reach tells whether the hub can be reached now: the link is connected
// and the hub answers. The hub's heartbeat (hubclient's Online) is one.
type Reach interface {
	Online() bool
}

// ReachFunc makes a func a Reach.
type ReachFunc func() bool

// Online calls f.
func (f ReachFunc) Online() bool { return f() }

// Offline issues tickets from the kiosk's blocks of numbers while the hub
// cannot be reached. IssueOffline numbers a ticket of service from a block
// of today in the site's zone and keeps it on disk, to deliver later; Left
// tells how many numbers of service are left today.
type Offline interface {
	IssueOffline(service, lang, zone string) (wire.Ticket, error)
	Left(service, zone string) int
}

// Printer prints an issued ticket.
type Printer interface {
	PrintTicket(t TicketInfo) error
}

// Helper alerts the service advisors that a citizen at the kiosk needs help.
// It returns the hub's id of the request once the hub has recorded it, or
// an error when the hub did not answer before ctx ended.
type Helper interface {
	Help(ctx context.Context, c HelpCall) (uint64, error)
}

// HelpCall is a citizen's call for help. It holds no personal data.
type HelpCall struct {
	Lang   string
	Screen string // the step the citizen is on: "service"
	// AfterTicket tells that the citizen was just given a ticket: the help
	// is about that visit, and closes when it ends.
	AfterTicket bool
}

// TicketInfo is everything printed on a ticket. It holds no personal data.
type TicketInfo struct {
	Ticket      wire.Ticket
	Lang        i18n.Lang
	WaitingRoom string // in Lang: "Odotusaula Lahti", "Väntsal Lahtis"
	// PublicURL is how phones reach the hub; the ticket's QR code is it
	// followed by Ticket.Follow. Empty: no QR code.
	PublicURL string
	Agency    string // agency name in Lang
	Service   string // service name in Lang
	TimeZone  string // IANA name of the site's zone; empty means Europe/Helsinki
	// An appointment's ticket: its time, and the service point reserved
	// for it, if any. Zero and empty for a ticket without appointment.
	Appointment time.Time
	Room        string
}

// CheckIner checks a citizen in for an appointment at the hub: it matches
// the query to one of the day's appointments and returns its ticket, once
// the hub has answered or ctx has ended. A refusal is an error with
// RefusalCode (wire.ErrCodeNoMatch, wire.ErrCodeAmbiguous, ...).
type CheckIner interface {
	CheckIn(ctx context.Context, q CheckinQuery) (wire.Checkin, error)
}

// CheckinQuery is who the citizen says they are: the code read from their
// card, or the name and time they typed. It is personal data: it goes to
// the CheckIner and nowhere else.
type CheckinQuery struct {
	Lang   string
	Agency string  // the agency chosen, if any
	ID     hetu.ID // from a card; zero when typed
	Name   string  // "Matti Virtanen"
	Time   string  // "13:00"
}

// refusal is how an Issuer's error tells the hub's refusal code.
type refusal interface {
	error
	RefusalCode() string
}
