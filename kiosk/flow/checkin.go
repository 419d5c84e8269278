package flow

import (
	"context"
	"errors"
	"strings"
	"time"

	"vuoro/shared/hetu"
	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

// The check-in for an appointment. After the agency the citizen says
// whether they have an appointment; with one, they read a card at the
// barcode reader or type their name and time. A scan on any screen jumps
// into the check-in. The hub matches and issues the ticket; the kiosk
// greets by first name and prints it with the room.

// The check-in's actions; keys of the keyboard are made by KeyAction and
// its fields' by FieldAction.
const (
	ActNoAppointment Action = "no-appointment"
	ActAppointment   Action = "appointment"
	ActType          Action = "type"
	ActContinue      Action = "continue"
	ActSpace         Action = "space"
	ActErase         Action = "erase"
	prefixKey               = "key:"
	prefixField             = "field:"
)

// KeyAction is the action of a key of the on-screen keyboard: "key:Ä".
func KeyAction(r rune) Action { return Action(prefixKey + string(r)) }

// FieldAction is the action of tapping a field of the typing screen.
func FieldAction(f Field) Action { return Action(prefixField + string(f)) }

// Field is a field of the typing screen.
type Field string

// The typing screen's fields.
const (
	FieldName Field = "name"
	FieldTime Field = "time"
)

// Input is a field of the typing screen as a view draws it.
type Input struct {
	ID          Action // tap it to type into it
	Label       string // "Nimi"
	Value       string // what is typed so far
	Placeholder string // "Etunimi Sukunimi", shown while empty
	Focused     bool   // the keys type into it
	KeyFocus    bool   // the physical keys' focus is on it
}

// appointment is the state of a check-in for an appointment.
type appointment struct {
	on      bool          // the citizen is on the appointment path
	name    string        // typed so far
	clock   string        // typed so far: "13:0"
	field   Field         // where the keys type; FieldName when empty
	cardErr error         // why the last card could not be used
	job     uint64        // the pending check-in job, 0 for none
	checked *wire.Checkin // the hub's answer, on Success
	opensAt time.Time     // when check-in opens, refused as too early
}

// tapCheckin handles the check-in's actions; ok is false for the others.
func (m *Model) tapCheckin(a Action) (job *Job, ok bool) {
	s := string(a)
	switch {
	case a == ActNoAppointment:
		m.chooseKind(ScreenService)
	case a == ActAppointment:
		m.chooseKind(ScreenAppointment)
	case a == ActType && m.screen == ScreenAppointment:
		m.touch()
		m.screen, m.appt.cardErr = ScreenTyping, nil
	case a == ActContinue:
		return m.submitTyped(), true
	case strings.HasPrefix(s, prefixField):
		m.focus(Field(strings.TrimPrefix(s, prefixField)))
	case a == ActSpace, a == ActErase, strings.HasPrefix(s, prefixKey):
		m.typeKey(a)
	default:
		return nil, false
	}
	return nil, true
}

func (m *Model) chooseKind(next Screen) {
	if m.screen != ScreenKind {
		return
	}
	m.touch()
	m.screen, m.appt.on = next, next == ScreenAppointment
}

// Scan takes a code read at the barcode reader, on any screen: it starts
// the check-in of the personal identity code it carries, or shows the
// appointment screen with the reason the code cannot be used. A scan
// while a ticket is being issued, or on a kiosk without check-in, is
// ignored.
func (m *Model) Scan(code string) *Job {
	if m.opts.CheckIner == nil || m.screen == ScreenIssuing || m.screen == ScreenCheckingIn {
		return nil
	}
	m.touch()
	if m.screen == ScreenSuccess || m.screen == ScreenFailed {
		m.toStart() // a new citizen: the last one's ticket goes
	}
	m.appt = appointment{on: true}
	id, err := hetu.Find(code)
	if err != nil {
		m.appt.cardErr = err
		m.screen = ScreenAppointment
		return nil
	}
	return m.startCheckin(CheckinQuery{ID: id})
}

// submitTyped starts the check-in of the typed name and time.
func (m *Model) submitTyped() *Job {
	if m.screen != ScreenTyping || !m.typedOK() {
		return nil
	}
	m.touch()
	return m.startCheckin(CheckinQuery{Name: strings.TrimSpace(m.appt.name), Time: m.appt.clock})
}

func (m *Model) typedOK() bool {
	_, err := time.Parse("15:04", m.appt.clock)
	return strings.TrimSpace(m.appt.name) != "" && len(m.appt.clock) == 5 && err == nil
}

func (m *Model) startCheckin(q CheckinQuery) *Job {
	if m.offline() {
		m.fail(failUnavailable)
		return nil
	}
	q.Lang, q.Agency = string(m.lang), m.agency
	m.screen = ScreenCheckingIn
	job := m.checkinJob(q)
	m.appt.job = job.seq
	return job
}

// checkinJob asks the hub to check q in and prints the ticket it gets.
func (m *Model) checkinJob(q CheckinQuery) *Job {
	chk, prn, timeout, cat, lang := m.opts.CheckIner, m.opts.Printer, m.opts.IssueTimeout, m.catalog, m.lang
	return m.newJob(jobCheckin, func(ctx context.Context) Result {
		ctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		c, err := chk.CheckIn(ctx, q)
		if err != nil {
			return Result{err: err}
		}
		info := infoFor(cat, lang, c.Ticket.Service)
		info.Ticket, info.Appointment, info.Room = c.Ticket, c.At, c.Room
		return Result{ticket: &c.Ticket, checkin: &c, printErr: prn.PrintTicket(info)}
	})
}

// infoFor is what a ticket of service prints, from the catalog cat.
func infoFor(cat *wire.Catalog, lang i18n.Lang, service string) TicketInfo {
	info := TicketInfo{Lang: lang}
	if cat == nil {
		return info
	}
	info.WaitingRoom, info.TimeZone, info.PublicURL = cat.Site.WaitingRoom, cat.Site.TimeZone, cat.Site.PublicURL
	if name := cat.Site.WaitingRooms.In(string(lang)); name != "" {
		info.WaitingRoom = name
	}
	for _, a := range cat.Agencies {
		for _, svc := range a.Services {
			if svc.ID == service {
				info.Agency, info.Service = a.Names.In(string(lang)), svc.Names.In(string(lang))
			}
		}
	}
	return info
}

// cardReason is the sentence telling why a card's code cannot be used.
func cardReason(err error) i18n.Key {
	for _, r := range []struct {
		err error
		key i18n.Key
	}{{hetu.ErrCentury, i18n.ReasonCentury}, {hetu.ErrDate, i18n.ReasonDate}, {hetu.ErrCheck, i18n.ReasonCheck}, {hetu.ErrFormat, i18n.ReasonFormat}} {
		if errors.Is(err, r.err) {
			return r.key
		}
	}
	return i18n.ReasonNone
}
