package web

import (
	"encoding/json"
	"strings"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

// concerns returns the agencies an event of the log is about: the
// agencies of the queues of a visit, an appointment or a queue's settings,
// and the agencies of a user. It returns nil for an event of the site
// (the site, its rooms and agencies, kiosks, users of no agency or of
// every queue, and any kind not listed here), which only a site admin
// sees. booked has the queues of the appointments the events cancel.
func concerns(st *queue.State, ev event.Event, booked map[uint64]string) []string {
	switch ev.Kind {
	case queue.KindServiceAdded:
		return []string{payloadOf[queue.Service](ev).Agency}
	case queue.KindServiceSettings, queue.KindServicePaused, queue.KindAppointmentBook:
		return agenciesOf(st, payloadOf[struct{ Service string }](ev).Service)
	case queue.KindAppointmentDrop:
		return agenciesOf(st, booked[payloadOf[queue.AppointmentRef](ev).Appointment])
	case queue.KindTicketIssued:
		if t, ok := st.Ticket(ev.Seq); ok {
			return agenciesOf(st, t.Services...)
		}
		return agenciesOf(st, payloadOf[queue.TicketIssued](ev).Service)
	case queue.KindTicketCalled, queue.KindTicketRecalled, queue.KindVisitStarted, queue.KindVisitEnded,
		queue.KindTicketNoShow, queue.KindTicketReturned, queue.KindTicketHeld, queue.KindTicketResumed,
		queue.KindTicketMoved, queue.KindTicketDeleted, queue.KindVisitPersons, queue.KindVisitPriority,
		queue.KindVisitMessage, queue.KindPersonalDataSeen:
		t, _ := st.Ticket(payloadOf[queue.TicketRef](ev).Ticket)
		return agenciesOf(st, t.Services...)
	case queue.KindServiceUpdated:
		return []string{payloadOf[queue.ServiceUpdated](ev).Agency}
	case queue.KindDayClosed:
		v := payloadOf[queue.DayClosed](ev)
		return visitAgencies(st, append(v.Expired, v.Carried...))
	case queue.KindClerkAdded:
		return grantOf(payloadOf[queue.Clerk](ev))
	case queue.KindClerkDisabled, queue.KindClerkPassword:
		return userAgencies(st, payloadOf[queue.ClerkRef](ev))
	case queue.KindLogViewed:
		login, _ := strings.CutPrefix(ev.Actor, "clerk:")
		return grantOf(st.Clerks[login])
	}
	return nil
}

func payloadOf[T any](ev event.Event) T {
	var v T
	json.Unmarshal(ev.Payload, &v)
	return v
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

// grantOf returns the agencies a user belongs to; none for a site-wide
// user, whose events are the site's.
func grantOf(c queue.Clerk) []string {
	if siteWide(c) {
		return nil
	}
	return c.Agencies
}

// userAgencies returns the agencies of the user of a user event: as the
// event recorded them, or for an older event without them, as the user
// is now.
func userAgencies(st *queue.State, v queue.ClerkRef) []string {
	if v.Role == "" {
		return grantOf(st.Clerks[v.Login])
	}
	return grantOf(queue.Clerk{Role: v.Role, Agencies: v.Agencies, AllQueues: v.AllQueues})
}

// seesEvent reports whether admin c is shown an event about agencies:
// a site admin every event, an agency admin their agencies' events.
func seesEvent(c queue.Clerk, agencies []string) bool {
	return c.Role == queue.RoleSiteAdmin || (c.Role == queue.RoleAdmin && overlaps(agencies, c.Agencies))
}

// shownTo reports, for each event of evs, whether c is shown it.
func (s *Server) shownTo(c queue.Clerk, evs []event.Event) []bool {
	out := make([]bool, len(evs))
	if c.Role == queue.RoleSiteAdmin {
		for i := range out {
			out[i] = true
		}
		return out
	}
	booked := map[uint64]string{}
	for _, ev := range evs {
		if ev.Kind == queue.KindAppointmentDrop {
			id := payloadOf[queue.AppointmentRef](ev).Appointment
			booked[id], _ = s.bookedService(id)
		}
	}
	s.eng.Read(func(st *queue.State) {
		for i, ev := range evs {
			out[i] = seesEvent(c, concerns(st, ev, booked))
		}
	})
	return out
}
