package web

import (
	"encoding/json"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

// sayKeys are what the live region says of a visit's events: the key
// takes the call id.
var sayKeys = map[string]string{
	queue.KindTicketIssued: "say.issued", queue.KindVisitEnded: "say.ended", queue.KindTicketNoShow: "say.noshow",
	queue.KindTicketReturned: "say.returned", queue.KindTicketHeld: "say.held", queue.KindTicketResumed: "say.resumed",
	queue.KindTicketDeleted: "say.deleted",
}

// sayRoomKeys take the call id and the room.
var sayRoomKeys = map[string]string{
	queue.KindTicketCalled: "say.called", queue.KindTicketRecalled: "say.recalled", queue.KindVisitStarted: "say.started",
}

// noticeOf says what an event changed, for the live streams. It runs
// under the engine's lock and only reads the state.
func noticeOf(ev event.Event, st *queue.State) notice {
	var p struct {
		Ticket  uint64 `json:"ticket"`
		Service string `json:"service"`
		Paused  bool   `json:"paused"`
		Device  string `json:"device"`
	}
	json.Unmarshal(ev.Payload, &p)
	if ev.Kind == queue.KindTicketIssued {
		p.Ticket = ev.Seq
	}
	t, _ := st.Ticket(p.Ticket)
	sv, _ := st.Service(cmpOr(t.Service, p.Service))
	switch {
	case ev.Kind == queue.KindHelpRequested:
		return notice{say: say("say.help", p.Device), advisor: true}
	case ev.Kind == queue.KindServicePaused:
		return notice{say: say(map[bool]string{true: "say.paused", false: "say.unpaused"}[p.Paused], localized(sv.Names)), service: sv.ID}
	case ev.Kind == queue.KindTicketMoved:
		return notice{say: say("say.transferred", t.CallID, localized(sv.Names)), service: sv.ID}
	case sayRoomKeys[ev.Kind] != "":
		return notice{say: say(sayRoomKeys[ev.Kind], t.CallID, t.Room), service: sv.ID}
	case sayKeys[ev.Kind] != "":
		return notice{say: say(sayKeys[ev.Kind], t.CallID), service: sv.ID}
	}
	return notice{service: sv.ID}
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// sayTo is what a notice says to c, if it concerns them.
func (s *Server) sayTo(c queue.Clerk, n notice, v view) string {
	if n.advisor && !may(c, queue.RoleAdvisor) {
		return ""
	}
	if n.service != "" && s.inScope(c, n.service) != nil {
		return ""
	}
	return n.say.in(v.Lang)
}
