package flow

import (
	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

// takesTickets reports whether the hub says svc takes check-ins now: it is
// open, and not full for the day.
func takesTickets(svc wire.Service) bool {
	return svc.Open && svc.State != wire.ServiceFull
}

// serviceLabel is svc's button text with its state in words when it cannot
// be chosen: "Veroasiat – suljettu, avautuu klo 12:00".
func (m *Model) serviceLabel(svc wire.Service, enabled bool) string {
	name := m.name(svc.Names)
	switch {
	case svc.State == wire.ServicePaused:
		return m.t(i18n.ServicePaused, name)
	case svc.State == wire.ServiceFull:
		return m.t(i18n.ServiceFull, name)
	case svc.State == wire.ServiceClosed && svc.OpensAt != "":
		return m.t(i18n.ServiceClosedUntil, name, svc.OpensAt)
	case svc.State == wire.ServiceClosed:
		return m.t(i18n.ServiceClosedToday, name)
	case !svc.Open: // a hub that sends no state
		return m.t(i18n.ServiceClosed, name)
	case !enabled:
		return m.t(i18n.ServiceUnavailable, name)
	}
	return name
}
