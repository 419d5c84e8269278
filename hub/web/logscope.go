package web

import (
	"strings"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
	"vuoro/hub/web/authz"
)

// logBrowser is the admin's event log, in the browser (/admin/log) and
// the API (GET /api/v1/events): every admin sees the events of their
// agencies, a site admin every event.
type logBrowser struct{ *deps }

// concerns returns the agencies an event of the log is about: the
// agencies of the queues of a visit, an appointment or a queue's settings,
// and the agencies of a user. It returns nil for an event of the site
// (the site, its rooms and agencies, kiosks, users of no agency or of
// every queue, and any kind not listed here), which only a site admin
// sees. booked has the queues of the appointments the events cancel.
func concerns(st *queue.State, ev logged, booked map[uint64]string) []string {
	switch p := ev.p.(type) {
	case queue.ServiceAdded:
		return []string{p.Agency}
	case queue.ServiceUpdated:
		return []string{p.Agency}
	case queue.ServiceSettings:
		return agenciesOf(st, p.Service)
	case queue.ServicePaused:
		return agenciesOf(st, p.Service)
	case queue.AppointmentBooked:
		return agenciesOf(st, p.Service)
	case queue.AppointmentRef:
		return agenciesOf(st, booked[p.Appointment])
	case queue.TicketIssued:
		if t, ok := st.Ticket(ev.Seq); ok {
			return agenciesOf(st, t.Services...)
		}
		return agenciesOf(st, p.Service)
	case queue.TicketCalled, queue.TicketRecalled, queue.VisitStarted, queue.VisitEnded,
		queue.TicketNoShow, queue.TicketReturned, queue.TicketHeld, queue.TicketResumed,
		queue.TicketMoved, queue.TicketDeleted, queue.VisitPersons, queue.VisitPriority,
		queue.VisitMessage, queue.PersonalDataSeen:
		t, _ := st.Ticket(queue.RefsOf(p).Visit)
		return agenciesOf(st, t.Services...)
	case queue.DayClosed:
		return visitAgencies(st, append(p.Expired, p.Carried...))
	case queue.ClerkAdded:
		return authz.GrantOf(p.Clerk)
	case queue.ClerkDisabled:
		return userAgencies(st, p.ClerkRef)
	case queue.ClerkPassword:
		return userAgencies(st, p.ClerkRef)
	case queue.LogViewed:
		login, _ := strings.CutPrefix(ev.Actor, "clerk:")
		return authz.GrantOf(st.Clerks[login])
	}
	return nil
}

// visitAgencies returns the agencies of the queues of the given visits.
func visitAgencies(st *queue.State, visits []uint64) []string {
	var out []string
	for _, id := range visits {
		t, _ := st.Ticket(id)
		out = append(out, agenciesOf(st, t.Services...)...)
	}
	return out
}

// agenciesOf returns the agencies of the given queues.
func agenciesOf(st *queue.State, services ...string) []string {
	var out []string
	for _, id := range services {
		if sv, ok := st.Service(id); ok {
			out = append(out, sv.Agency)
		}
	}
	return out
}

// userAgencies returns the agencies of the user of a user event: as the
// event recorded them, or for an older event without them, as the user
// is now.
func userAgencies(st *queue.State, v queue.ClerkRef) []string {
	if v.Role == "" {
		return authz.GrantOf(st.Clerks[v.Login])
	}
	return authz.GrantOf(queue.Clerk{Role: v.Role, Agencies: v.Agencies, AllQueues: v.AllQueues})
}

// shownTo reports, for each event of evs, whether c is shown it.
func (s logBrowser) shownTo(c queue.Clerk, evs []logged) []bool {
	out := make([]bool, len(evs))
	if c.Role == queue.RoleSiteAdmin {
		for i := range out {
			out[i] = true
		}
		return out
	}
	booked := map[uint64]string{}
	for _, ev := range evs {
		if p, ok := ev.p.(queue.AppointmentRef); ok {
			booked[p.Appointment], _ = action.BookedService(s.store, p.Appointment)
		}
	}
	s.eng.Read(func(st *queue.State) {
		for i, ev := range evs {
			out[i] = authz.SeesEvent(c, concerns(st, ev, booked))
		}
	})
	return out
}
