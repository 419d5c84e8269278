package web

import (
	"cmp"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/hub/web/action"
	"vuoro/hub/web/authz"
)

// sayKeys are the texts the live region says of a visit's events.
var sayKeys = map[string]string{
	queue.KindTicketCalled: "say.called", queue.KindTicketRecalled: "say.recalled", queue.KindVisitStarted: "say.started",
	queue.KindTicketIssued: "say.issued", queue.KindVisitEnded: "say.ended", queue.KindTicketNoShow: "say.noshow",
	queue.KindTicketReturned: "say.returned", queue.KindTicketHeld: "say.held", queue.KindTicketResumed: "say.resumed",
	queue.KindTicketDeleted: "say.deleted",
}

// noticeOf says what an event changed, for the live streams: of a
// visit's events, its call id (and room); of a queue's, its name. It runs
// under the engine's lock and only reads the state.
func noticeOf(ev event.Event, p queue.Payload, st *queue.State) notice {
	n := said(ev, p, st)
	t, isVisit := st.Ticket(queue.VisitOf(ev, p))
	refs := queue.RefsOf(p)
	switch p.(type) {
	case queue.HelpRequested, queue.HelpAcked, queue.HelpClosed:
		n.alerts = true
	case queue.VisitEnded, queue.TicketNoShow, queue.TicketDeleted: // ending a visit closes its help request
		n.alerts = true
	case queue.DeviceAlerted, queue.DeviceAlertCleared, queue.DeviceServices, queue.DeviceRevoked:
		n.alerts = true // the advisors' device alerts
	}
	switch {
	case isVisit:
		n.services = t.Services // every queue it was in: a transfer changes the one it left too
	case refs.Service != "":
		n.services = []string{refs.Service}
	case !n.alerts:
		n.all = true // the catalogue, the users, the site, the day: rare, and any console may show them
	}
	return n
}

// said is what the event says, and to whom.
func said(ev event.Event, p queue.Payload, st *queue.State) notice {
	t, _ := st.Ticket(queue.VisitOf(ev, p))
	sv, _ := st.Service(cmp.Or(t.Service, queue.RefsOf(p).Service))
	visit := func(key string, args ...any) notice { return notice{say: action.Say(key, args...), service: sv.ID} }
	switch p := p.(type) {
	case queue.HelpRequested:
		return notice{say: action.Say("say.help", p.Device), advisor: true}
	case queue.ServicePaused:
		return visit(map[bool]string{true: "say.paused", false: "say.unpaused"}[p.Paused], localized(sv.Names))
	case queue.TicketMoved:
		return visit("say.transferred", t.CallID, localized(sv.Names))
	case queue.TicketCalled, queue.TicketRecalled, queue.VisitStarted:
		return visit(sayKeys[p.Kind()], t.CallID, t.Room)
	case queue.TicketIssued, queue.VisitEnded, queue.TicketNoShow, queue.TicketReturned, queue.TicketHeld,
		queue.TicketResumed, queue.TicketDeleted:
		return visit(sayKeys[p.Kind()], t.CallID)
	}
	return notice{service: sv.ID}
}

// sayTo is what a notice says to c, if it concerns them.
func (s live) sayTo(c queue.Clerk, n notice, v view) string {
	if n.advisor && !authz.May(c, queue.RoleAdvisor) {
		return ""
	}
	if n.service != "" && !s.inScope(c, n.service) {
		return ""
	}
	return noteText(v.Lang, n.say)
}
