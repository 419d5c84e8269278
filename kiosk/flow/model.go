package flow

import (
	"errors"
	"time"

	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

// Screen is one step of the check-in.
type Screen int

// The screens, in the order a citizen meets them.
const (
	ScreenStart   Screen = iota // welcome, "Aloita tästä"
	ScreenAgency                // choose the agency
	ScreenService               // choose the agency's service
	ScreenIssuing               // waiting for the hub and the printer
	ScreenSuccess               // the number, closing by itself
	ScreenFailed                // an error in plain words
	// Check-in for an appointment (checkin.go).
	ScreenKind        // "Ilmoittaudu tästä": with or without an appointment
	ScreenAppointment // read a card, or choose to type
	ScreenTyping      // name and time on the on-screen keyboard
	ScreenCheckingIn  // waiting for the hub's match and the printer
)

var screenNames = [...]string{"start", "agency", "service", "issuing", "success", "failed",
	"kind", "appointment", "typing", "checking-in"}

// String returns the screen's name as sent in a help request: "service".
func (s Screen) String() string {
	if s < 0 || int(s) >= len(screenNames) {
		return "unknown"
	}
	return screenNames[s]
}

// Options configure a Model. Issuer, Printer and Helper are required; zero
// durations take the defaults.
type Options struct {
	Issuer  Issuer
	Printer Printer
	Helper  Helper
	// CheckIner checks citizens in for their appointments; nil: the
	// kiosk has no check-in, and goes from the agency to its services.
	CheckIner    CheckIner
	IdleAfter    time.Duration // back to start after no tap for this long; 60 s
	SuccessFor   time.Duration // the success screen closes after; 10 s
	IssueTimeout time.Duration // give up on the hub after; 15 s
	HelpTimeout  time.Duration // give up sending a help request after; 10 s
	// Reach tells whether the hub can be reached; nil: always. Offline
	// issues tickets from the kiosk's blocks when it cannot be, or when a
	// ticket request got no reply in IssueTimeout; nil: never.
	Reach   Reach
	Offline Offline
	// HelpHold is how long a help request keeps the kiosk from closing
	// the citizen's screen by itself; 15 min.
	HelpHold time.Duration
	// PrinterStatus tells whether the printer can print; nil: always.
	// Journal records each ticket around its printing; nil: none.
	PrinterStatus PrinterStatus
	// Join returns the address a phone opens to join a queue from the
	// waiting room (the hub's heartbeat carries it): offered as a QR code
	// while the printer cannot print. Nil or empty: none.
	Join    func() string
	Journal PrintJournal
	// NumberOnlyFor is how long the success screen of a ticket shown
	// only on the screen stays, to note the number; 30 s.
	NumberOnlyFor time.Duration
	// AskFor is how long "Tarvitsetko lisää aikaa?" waits for a tap
	// before the kiosk resets; 20 s (WCAG 2.2.1 asks for at least 20).
	AskFor time.Duration
	// Speaker says each screen, the focused choice and every alert;
	// nil: the kiosk is silent. Speech is on from the start with Speech,
	// else while a headset is plugged in (Headset) and from the first key
	// pressed.
	Speaker Speaker
	Speech  bool
}

func (o Options) withDefaults() Options {
	o.IdleAfter = orDefault(o.IdleAfter, 60*time.Second)
	o.SuccessFor = orDefault(o.SuccessFor, 10*time.Second)
	o.IssueTimeout = orDefault(o.IssueTimeout, 15*time.Second)
	o.HelpTimeout = orDefault(o.HelpTimeout, 10*time.Second)
	o.HelpHold = orDefault(o.HelpHold, 15*time.Minute)
	o.NumberOnlyFor = orDefault(o.NumberOnlyFor, 30*time.Second)
	o.AskFor = orDefault(o.AskFor, 20*time.Second)
	return o
}

func orDefault(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// failure says why the Failed screen is shown.
type failure int

const (
	failNone        failure = iota
	failUnavailable         // hub unreachable or any unexpected refusal
	failClosed              // the service closed
	failFull                // the service's queue is full
	failPrinter             // the ticket was issued but not printed
	failPrinterOut          // the printer stopped before a ticket was asked for
	failNoMatch             // no appointment fits
	failAmbiguous           // more than one appointment fits
	failTooEarly            // before the appointment's check-in window
	failTooLate             // after it, and the service takes no late arrivals
)

// notice is the help banner.
type notice int

const (
	noticeNone        notice = iota
	noticeHelpCalling        // sent, not yet recorded by the hub
	noticeHelpComing         // recorded: the advisors are alerted
	noticeHelpTaken          // an advisor has seen it and is coming
	noticeHelpFailed
)

// Model is the kiosk's state machine. Make one with New.
type Model struct {
	opts    Options
	catalog *wire.Catalog

	screen  Screen
	lang    i18n.Lang
	large   bool
	agency  string       // chosen agency id
	service string       // chosen service id
	ticket  *wire.Ticket // issued ticket on Success, or on Failed by the printer
	// unprinted: the ticket on Success could not be printed (number-only).
	unprinted bool
	failure   failure
	notice    notice

	lastTouch time.Time // the last tap, to the Tick
	closing   bool      // Success entered since the last Tick
	deadline  time.Time // when the Success screen closes
	now       time.Time // the last Tick

	seq     uint64 // last job number
	issuing uint64 // the pending issue job, 0 for none
	helping uint64 // the pending help job, 0 for none

	ask          asking    // "more time?" on screen (moretime.go)
	outOfService startNote // what the start screen last said (offline.go)

	appt appointment // the check-in for an appointment (checkin.go)

	help   uint64    // the hub's id of this citizen's help request, until closed
	helpAt time.Time // when the citizen asked for it
	hub    hubHelp   // the latest help state the hub told this kiosk

	acc access // speech and keys (speech.go, focus.go)
}

// New returns a Model on the start screen, in Finnish.
func New(o Options) (*Model, error) {
	if o.Issuer == nil || o.Printer == nil || o.Helper == nil {
		return nil, errors.New("flow: Options need an Issuer, a Printer and a Helper")
	}
	return &Model{opts: o.withDefaults(), lang: i18n.Default, acc: access{speaking: o.Speech}}, nil
}

// SetCatalog hands the model the hub's latest catalog. A screen whose agency
// has gone from the catalog falls back to the agency list; a ticket being
// issued is not disturbed.
func (m *Model) SetCatalog(c *wire.Catalog) {
	if c == nil {
		return
	}
	m.catalog = c
	if m.screen == ScreenService && m.findAgency(m.agency) == nil {
		m.screen = ScreenAgency
	}
}

func (m *Model) findAgency(id string) *wire.Agency {
	if m.catalog == nil {
		return nil
	}
	for i := range m.catalog.Agencies {
		if m.catalog.Agencies[i].ID == id {
			return &m.catalog.Agencies[i]
		}
	}
	return nil
}

func (m *Model) findService(id string) *wire.Service {
	a := m.findAgency(m.agency)
	if a == nil {
		return nil
	}
	for i := range a.Services {
		if a.Services[i].ID == id {
			return &a.Services[i]
		}
	}
	return nil
}
