package flow

import (
	"context"
	"errors"

	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

// The offline kiosk. While the hub cannot be reached (Options.Reach) the
// kiosk issues tickets from its blocks of numbers (Options.Offline): a
// service with no number left is shown unavailable, and with none left in
// any service the start screen says the kiosk is out of service instead of
// failing after a tap. A ticket issued offline says that the number of
// people ahead is not known. A request the hub did not answer before its
// deadline is also issued from a block, if one is left.

// offline reports whether the hub cannot be reached now.
func (m *Model) offline() bool { return m.opts.Reach != nil && !m.opts.Reach.Online() }

// left is how many numbers of service the kiosk can issue offline.
func (m *Model) left(service string) int {
	if m.opts.Offline == nil {
		return 0
	}
	return m.opts.Offline.Left(service, m.zone())
}

func (m *Model) zone() string {
	if m.catalog == nil {
		return ""
	}
	return m.catalog.Site.TimeZone
}

// unavailable reports whether svc cannot be issued now: closed, paused or
// full, or offline
// with no number left.
func (m *Model) unavailable(svc wire.Service) bool {
	return !takesTickets(svc) || m.offline() && m.left(svc.ID) == 0
}

// inService reports whether the kiosk can issue any ticket now.
func (m *Model) inService() bool {
	if !m.offline() {
		return true
	}
	if m.catalog == nil {
		return false
	}
	for _, a := range m.catalog.Agencies {
		for _, svc := range a.Services {
			if !m.unavailable(svc) {
				return true
			}
		}
	}
	return false
}

// startNote is what the start screen says of the kiosk's service.
type startNote int

const (
	noteInService    startNote = iota
	noteOutOfService           // no hub and no numbers left
	notePrinterOut             // the printer cannot print, no number-only check-in
	noteNumberOnly             // the printer cannot print, numbers on screen only
)

func (m *Model) startNote() startNote {
	switch {
	case !m.inService():
		return noteOutOfService
	case m.printerStops():
		return notePrinterOut
	case printerDown(m.opts.PrinterStatus):
		return noteNumberOnly
	}
	return noteInService
}

// checkService notes whether the kiosk went out of service or back, or
// its printer stopped or works again; it reports a change, for the view
// to redraw.
func (m *Model) checkService() bool {
	note := m.startNote()
	changed := note != m.outOfService
	m.outOfService = note
	return changed
}

func (m *Model) outOfServiceState(s *State) {
	s.Title = m.t(i18n.OutOfService)
	s.Error = m.t(i18n.OutOfServiceHelp)
}

// issue asks the hub for a ticket, or issues it from a block when the hub
// cannot be reached or gives no answer in time.
func issue(ctx context.Context, iss Issuer, off Offline, offline bool, service, lang, zone string) (wire.Ticket, error) {
	if off != nil && offline {
		return off.IssueOffline(service, lang, zone)
	}
	t, err := iss.Issue(ctx, service, lang)
	var ref refusal
	if err != nil && off != nil && errors.Is(err, context.DeadlineExceeded) && !errors.As(err, &ref) {
		if t, oerr := off.IssueOffline(service, lang, zone); oerr == nil {
			return t, nil
		}
	}
	return t, err
}
