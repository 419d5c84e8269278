package flow

import (
	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

// State is everything a view needs to draw the current screen. Every text
// is already in the chosen language; empty fields are not shown.
type State struct {
	Screen     Screen
	Lang       i18n.Lang
	Large      bool       // large-text mode
	Title      string     // the screen's heading
	Subtitle   string     // a line under the heading
	Number     string     // an issued call id, "R19"
	NumberText string     // "Vuoronumerosi on R19"
	Lines      []string   // further information: people ahead
	Error      string     // what went wrong, in plain words
	Notice     string     // the help banner
	Countdown  string     // "Tiedot suljetaan automaattisesti 10 sekunnin kuluttua"
	Seconds    int        // the countdown's seconds, 0 when none
	Choices    []Button   // the screen's own buttons
	Inputs     []Input    // the typing screen's fields
	Keys       [][]Button // the on-screen keyboard, row by row
	Bar        []Button   // language, Help, Cancel, Larger: on every screen
	Question   *Question  // "Tarvitsetko lisää aikaa?" before the screen resets; nil when not asking
	// QR is an address to show as a QR code: the hub's join page, on the
	// start screen of a kiosk whose printer cannot print.
	QR string
}

// Button is a tappable choice.
type Button struct {
	ID       Action
	Label    string
	Enabled  bool
	Selected bool // the current language; large-text mode on
	KeyFocus bool // the keys' focus is on it: drawn with a thick ring
}

// State returns the current screen's contents.
func (m *Model) State() State {
	s := State{Screen: m.screen, Lang: m.lang, Large: m.large, Bar: m.bar()}
	s.Notice = m.noticeText()
	s.Question = m.question()
	switch m.screen {
	case ScreenStart:
		m.startState(&s)
	case ScreenAgency:
		s.Title = m.t(i18n.ChooseAgency)
		s.Choices = m.agencyButtons()
	case ScreenService:
		m.serviceState(&s)
	case ScreenIssuing:
		s.Title = m.t(i18n.Issuing)
	case ScreenSuccess:
		m.successState(&s)
	case ScreenFailed:
		m.failedState(&s)
	default:
		m.checkinState(&s)
	}
	m.markFocus(&s)
	return s
}

func (m *Model) startState(s *State) {
	switch m.startNote() {
	case noteOutOfService:
		m.outOfServiceState(s)
	case notePrinterOut:
		m.printerOutState(s)
	default:
		s.Title = m.t(i18n.Welcome)
		s.Choices = []Button{m.button(ActStart, i18n.StartHere)}
		if printerDown(m.opts.PrinterStatus) {
			s.Subtitle = m.t(i18n.NumberOnlyNote)
		}
	}
}

func (m *Model) t(k i18n.Key, args ...any) string { return i18n.T(m.lang, k, args...) }

func (m *Model) button(a Action, k i18n.Key) Button {
	return Button{ID: a, Label: m.t(k), Enabled: true}
}

func (m *Model) bar() []Button {
	var bar []Button
	for _, l := range i18n.Langs {
		bar = append(bar, Button{ID: LangAction(l), Label: l.Code(), Enabled: true, Selected: l == m.lang})
	}
	larger := m.button(ActLarger, i18n.Larger)
	if m.large {
		larger = m.button(ActLarger, i18n.Smaller)
		larger.Selected = true
	}
	cancel := m.button(ActCancel, i18n.Cancel)
	cancel.Enabled = m.screen != ScreenStart && m.screen != ScreenIssuing && m.screen != ScreenCheckingIn
	return append(bar, m.button(ActHelp, i18n.Help), cancel, larger)
}

func (m *Model) noticeText() string {
	switch m.notice {
	case noticeHelpCalling:
		return m.t(i18n.HelpCalling)
	case noticeHelpComing:
		return m.t(i18n.HelpComing)
	case noticeHelpTaken:
		return m.t(i18n.HelpTaken)
	case noticeHelpFailed:
		return m.t(i18n.HelpFailed)
	}
	return ""
}

func (m *Model) name(n wire.Names) string { return n.In(string(m.lang)) }

func (m *Model) agencyButtons() []Button {
	var bs []Button
	for _, a := range m.catalog.Agencies {
		bs = append(bs, Button{ID: AgencyAction(a.ID), Label: m.name(a.Names), Enabled: true})
	}
	return bs
}

func (m *Model) serviceState(s *State) {
	s.Title = m.t(i18n.NoAppointment)
	s.Subtitle = m.t(i18n.ChooseService)
	a := m.findAgency(m.agency)
	if a == nil {
		return
	}
	s.Lines = []string{m.name(a.Names)}
	for _, svc := range a.Services {
		b := Button{ID: ServiceAction(svc.ID), Enabled: !m.unavailable(svc)}
		b.Label = m.serviceLabel(svc, b.Enabled)
		s.Choices = append(s.Choices, b)
	}
}

func (m *Model) successState(s *State) {
	s.Title = m.t(i18n.Success)
	m.ticketLines(s)
	if m.unprinted {
		s.Error = m.t(i18n.NotPrinted)
	}
	m.checkedLines(s)
	if m.helpHeld() {
		return // the screen stays until help has come
	}
	if m.ask.on {
		return // the question counts down instead
	}
	s.Seconds = m.seconds()
	s.Countdown = m.t(i18n.ClosesIn, s.Seconds)
	if s.Seconds == 1 {
		s.Countdown = m.t(i18n.ClosesInOne)
	}
}

// ticketLines fills in the issued ticket: the way, the number, the queue.
func (m *Model) ticketLines(s *State) {
	if m.catalog != nil {
		s.Subtitle = m.name(m.catalog.Site.Wayfinding)
	}
	s.Number = m.ticket.CallID
	s.NumberText = m.t(i18n.YourNumber, m.ticket.CallID)
	s.Lines = []string{m.aheadText(m.ticket.Ahead)}
	if m.ticket.Offline {
		s.Lines = []string{m.t(i18n.AheadUnknown)}
	}
}

func (m *Model) aheadText(n int) string {
	switch {
	case n <= 0:
		return m.t(i18n.AheadNone)
	case n == 1:
		return m.t(i18n.AheadOne)
	}
	return m.t(i18n.AheadMany, n)
}

func (m *Model) failedState(s *State) {
	if m.failure == failPrinterOut && m.ticket == nil {
		m.printerOutState(s)
		return
	}
	if m.ticket != nil {
		s.Title = m.t(i18n.Success)
		m.ticketLines(s)
		s.Error = m.t(i18n.PrinterFailed)
		return
	}
	s.Title = m.t(i18n.Failed)
	s.Error = m.t(failureText[m.failure])
	if m.failure == failTooEarly && !m.appt.opensAt.IsZero() {
		s.Error = m.t(i18n.TooEarlyAt, m.appt.opensAt.In(m.location()).Format("15:04"))
	}
	if m.findAgency(m.agency) != nil || m.appt.on {
		s.Choices = []Button{m.button(ActBack, i18n.Back)}
	}
}

var failureText = map[failure]i18n.Key{
	failNone:        i18n.ErrUnavailable,
	failUnavailable: i18n.ErrUnavailable,
	failClosed:      i18n.ErrClosed,
	failFull:        i18n.ErrFull,
	failPrinter:     i18n.PrinterFailed,
	failPrinterOut:  i18n.PrinterOutHelp,
	failNoMatch:     i18n.NoMatch,
	failAmbiguous:   i18n.Ambiguous,
	failTooEarly:    i18n.TooEarly,
	failTooLate:     i18n.TooLate,
}
