package flow

import (
	"strings"

	"vuoro/shared/i18n"
)

// Action identifies a button; a view passes a tapped button's ID to Tap.
type Action string

// The fixed actions. Language, agency and service buttons are made by
// LangAction, AgencyAction and ServiceAction.
const (
	ActStart  Action = "start"
	ActHelp   Action = "help"
	ActCancel Action = "cancel"
	ActLarger Action = "larger"
	ActBack   Action = "back"
)

const (
	prefixLang    = "lang:"
	prefixAgency  = "agency:"
	prefixService = "service:"
)

// LangAction is the action of a language button.
func LangAction(l i18n.Lang) Action { return Action(prefixLang + string(l)) }

// AgencyAction is the action of an agency's button.
func AgencyAction(id string) Action { return Action(prefixAgency + id) }

// ServiceAction is the action of a service's button.
func ServiceAction(id string) Action { return Action(prefixService + id) }

// Tap handles a tapped button and returns the job it starts, if any.
// Unknown actions and actions not offered on the current screen are ignored.
func (m *Model) Tap(a Action) *Job {
	if job, ok := m.tapCheckin(a); ok {
		return job
	}
	s := string(a)
	switch {
	case a == ActStart:
		m.Start()
	case a == ActHelp:
		return m.Help()
	case a == ActCancel:
		m.Cancel()
	case a == ActLarger:
		m.ToggleLarge()
	case a == ActBack:
		m.Back()
	case a == ActMoreTime:
		m.MoreTime()
	case strings.HasPrefix(s, prefixLang):
		if l, ok := i18n.Parse(strings.TrimPrefix(s, prefixLang)); ok {
			m.SetLang(l)
		}
	case strings.HasPrefix(s, prefixAgency):
		m.ChooseAgency(strings.TrimPrefix(s, prefixAgency))
	case strings.HasPrefix(s, prefixService):
		return m.ChooseService(strings.TrimPrefix(s, prefixService))
	}
	return nil
}

// Start leaves the start screen for the agency list, or for an error when
// the kiosk has no catalog from the hub.
func (m *Model) Start() {
	if m.screen != ScreenStart {
		return
	}
	m.touch()
	if !m.inService() || m.printerStops() { // the start screen says so; a key press changes nothing
		return
	}
	if m.catalog == nil || len(m.catalog.Agencies) == 0 {
		m.fail(failUnavailable)
		return
	}
	m.screen = ScreenAgency
}

// ChooseAgency shows the services of the agency id.
func (m *Model) ChooseAgency(id string) {
	if m.screen != ScreenAgency || m.findAgency(id) == nil {
		return
	}
	m.touch()
	m.agency = id
	m.screen = ScreenService
	if m.opts.CheckIner != nil {
		m.screen = ScreenKind
	}
}

// ChooseService asks for a ticket to an open service of the chosen agency.
// It returns the job that issues and prints the ticket, or nil when the
// tap does not count (another screen, an unknown or a closed service).
func (m *Model) ChooseService(id string) *Job {
	svc := m.findService(id)
	if m.screen != ScreenService || svc == nil || m.unavailable(*svc) {
		return nil
	}
	m.touch()
	if m.printerStops() { // the printer stopped while the citizen chose
		m.fail(failPrinterOut)
		return nil
	}
	m.service = id
	m.screen = ScreenIssuing
	job := m.issueJob(*svc)
	m.issuing = job.seq
	return job
}

// Back returns from an error to the service list, so the citizen may
// choose another service.
func (m *Model) Back() {
	if m.screen != ScreenFailed || m.ticket != nil {
		return
	}
	m.touch()
	m.failure = failNone
	switch {
	case m.appt.on:
		m.screen = ScreenAppointment
	case m.findAgency(m.agency) != nil:
		m.screen = ScreenService
	case m.catalog != nil && len(m.catalog.Agencies) > 0:
		m.screen = ScreenAgency
	default:
		m.screen = ScreenStart
	}
}

// Cancel returns to the start screen, keeping the language and text size.
// It does nothing while a ticket is being issued.
func (m *Model) Cancel() {
	if m.screen == ScreenIssuing || m.screen == ScreenCheckingIn {
		return
	}
	m.touch()
	m.toStart()
}

// SetLang switches the language of every text at once.
func (m *Model) SetLang(l i18n.Lang) {
	m.touch()
	m.lang = l
}

// ToggleLarge switches large-text mode on or off.
func (m *Model) ToggleLarge() {
	m.touch()
	m.large = !m.large
}

// touch notes a tap. Its time is that of the last Tick, at most one tick
// early, so the clock stays outside the model.
func (m *Model) touch() { m.lastTouch = m.now; m.answered() }

func (m *Model) fail(f failure) {
	m.failure = f
	m.screen = ScreenFailed
}

// toStart clears the citizen's choices and shows the start screen.
func (m *Model) toStart() {
	m.screen = ScreenStart
	m.agency, m.service = "", ""
	m.ticket, m.unprinted = nil, false
	m.failure = failNone
	m.notice = noticeNone
	m.helping, m.help = 0, 0
	m.appt = appointment{}
}

// reset is toStart for the next citizen: Finnish, normal text size.
func (m *Model) reset() {
	m.toStart()
	m.lang = i18n.Default
	m.large = false
	h := m.acc.headset // the next citizen may not use keys, but the headset stays
	m.acc = access{speaking: m.opts.Speech || h, headset: h, said: m.acc.said}
}
