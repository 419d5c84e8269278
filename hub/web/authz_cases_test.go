package web_test

import (
	"fmt"

	"vuoro/hub/queue"
)

// matrixAction is an action with the state it needs to succeed: args
// prepares that state for the user and returns the action's fields.
type matrixAction struct {
	name  string
	least queue.Role
	vero  bool // on a Tax Administration queue: not a Kela clerk's
	api   string
	args  func(h *hub, login, room string) map[string]any
}

var seq int

func unique(prefix string) string { seq++; return fmt.Sprint(prefix, seq) }

func (h *hub) waiting() uint64 { return issue(h.t, h.eng, "vero-veroasiat", 1)[0].ID }

// calledBy issues a ticket and has login (vero for nobody) call it.
func (h *hub) calledBy(login, room string) uint64 {
	if login == "" {
		login, room = "vero", "1"
	}
	id := h.waiting()
	if _, err := h.eng.CallTicket(login, id, room); err != nil {
		h.t.Fatal(err)
	}
	return id
}

func visitArgs(extra map[string]any) func(h *hub, login, room string) map[string]any {
	return func(h *hub, login, room string) map[string]any {
		out := map[string]any{"ticket": h.calledBy(login, room)}
		for k, v := range extra {
			out[k] = v
		}
		return out
	}
}

func waitingArgs(extra map[string]any) func(h *hub, login, room string) map[string]any {
	return func(h *hub, _, _ string) map[string]any {
		out := map[string]any{"ticket": h.waiting()}
		for k, v := range extra {
			out[k] = v
		}
		return out
	}
}

func (h *hub) newUser() string {
	login := unique("tmp")
	if err := h.eng.AddClerk("system", queue.Clerk{Login: login, Role: queue.RoleClerk}); err != nil {
		h.t.Fatal(err)
	}
	return login
}

var matrixActions = []matrixAction{
	{"call", queue.RoleClerk, true, "POST /api/v1/call", func(h *hub, _, room string) map[string]any {
		h.waiting()
		return map[string]any{"service": "vero-veroasiat", "room": room}
	}},
	{"call-ticket", queue.RoleClerk, true, "POST /api/v1/visits/{ticket}/call", func(h *hub, _, room string) map[string]any {
		return map[string]any{"ticket": h.waiting(), "room": room}
	}},
	{"recall", queue.RoleClerk, true, "POST /api/v1/visits/{ticket}/recall", visitArgs(nil)},
	{"start", queue.RoleClerk, true, "POST /api/v1/visits/{ticket}/start", visitArgs(nil)},
	{"noshow", queue.RoleClerk, true, "POST /api/v1/visits/{ticket}/noshow", func(h *hub, login, room string) map[string]any {
		id := h.calledBy(login, room)
		h.eng.Recall("system", id)
		h.eng.Recall("system", id)
		return map[string]any{"ticket": id}
	}},
	{"return", queue.RoleClerk, true, "POST /api/v1/visits/{ticket}/return", visitArgs(map[string]any{"keep_place": true})},
	{"hold", queue.RoleClerk, true, "POST /api/v1/visits/{ticket}/hold", visitArgs(nil)},
	{"resume", queue.RoleClerk, true, "POST /api/v1/visits/{ticket}/resume", func(h *hub, _, _ string) map[string]any {
		id := h.waiting()
		h.eng.Hold("system", id)
		return map[string]any{"ticket": id}
	}},
	{"end", queue.RoleClerk, true, "POST /api/v1/visits/{ticket}/end", visitArgs(nil)},
	{"persons", queue.RoleClerk, true, "POST /api/v1/visits/{ticket}/persons", waitingArgs(map[string]any{"persons": 3})},
	{"priority", queue.RoleClerk, true, "POST /api/v1/visits/{ticket}/priority", waitingArgs(map[string]any{"priority": true})},
	{"message", queue.RoleClerk, true, "POST /api/v1/visits/{ticket}/messages", waitingArgs(map[string]any{"text": "Tulkki tulossa"})},
	{"transfer", queue.RoleAdvisor, true, "POST /api/v1/visits/{ticket}/transfer", waitingArgs(map[string]any{"to": "vero-verokortit", "position": "end"})},
	{"delete", queue.RoleAdvisor, true, "POST /api/v1/visits/{ticket}/delete", waitingArgs(map[string]any{"reason": "kaksoisilmoittautuminen"})},
	{"pause", queue.RoleClerk, true, "POST /api/v1/queues/{service}/pause", func(*hub, string, string) map[string]any {
		return map[string]any{"service": "vero-veroasiat", "paused": true}
	}},
	{"book", queue.RoleAdvisor, true, "POST /api/v1/appointments", func(*hub, string, string) map[string]any {
		return map[string]any{"service": "vero-veroasiat", "at": "2026-11-23T14:00", "name": "Maija Meikäläinen", "hetu": "311299-999E"}
	}},
	{"checkin", queue.RoleAdvisor, true, "POST /api/v1/appointments/{appointment}/checkin", func(h *hub, _, _ string) map[string]any {
		return map[string]any{"appointment": h.booking()}
	}},
	{"cancel-appointment", queue.RoleAdvisor, true, "POST /api/v1/appointments/{appointment}/cancel", func(h *hub, _, _ string) map[string]any {
		return map[string]any{"appointment": h.booking()}
	}},
	{"ack-help", queue.RoleAdvisor, false, "POST /api/v1/help/{help}/ack", func(h *hub, _, _ string) map[string]any {
		help, _ := h.eng.RecordHelp(queue.HelpCall{RequestID: unique("m"), Device: "kiosk-1", Screen: "start", Lang: "fi"})
		return map[string]any{"help": help.ID}
	}},
	{"close-help", queue.RoleAdvisor, false, "POST /api/v1/help/{help}/close", func(h *hub, _, _ string) map[string]any {
		help, _ := h.eng.RecordHelp(queue.HelpCall{RequestID: unique("m"), Device: "kiosk-1", Screen: "start", Lang: "fi"})
		return map[string]any{"help": help.ID}
	}},
	{"configure", queue.RoleAdmin, true, "PUT /api/v1/queues/{service}/settings", func(*hub, string, string) map[string]any {
		return map[string]any{"service": "vero-veroasiat", "daily_cap": 200, "hours": map[string]string{"mon": "08:00-16:15"}}
	}},
	{"add-user", queue.RoleAdmin, false, "POST /api/v1/users", func(*hub, string, string) map[string]any {
		return map[string]any{"login": unique("new"), "name": "Uusi Virkailija", "role": "clerk", "agencies": []string{"vero"}, "password": "pitkä salasana 1"}
	}},
	{"disable-user", queue.RoleAdmin, false, "POST /api/v1/users/{login}/disable", func(h *hub, _, _ string) map[string]any {
		return map[string]any{"login": h.newUser()}
	}},
	{"set-password", queue.RoleAdmin, false, "POST /api/v1/users/{login}/password", func(h *hub, _, _ string) map[string]any {
		return map[string]any{"login": h.newUser(), "password": "toinen pitkä salasana"}
	}},
	{"add-room", queue.RoleAdmin, false, "POST /api/v1/rooms", func(*hub, string, string) map[string]any {
		return map[string]any{"room": unique("r"), "name": "Aspa", "floor": 2}
	}},
	{"site", queue.RoleAdmin, false, "PUT /api/v1/site", func(*hub, string, string) map[string]any {
		return map[string]any{"no_show_after": 3, "wayfinding": map[string]string{"fi": "Seuraa keltaista viivaa."}}
	}},
}

func (h *hub) booking() uint64 {
	a, err := h.eng.Book("system", "vero-veroasiat", start.Add(3*60*60e9), queue.Person{Name: "Matti Meikäläinen"})
	if err != nil {
		h.t.Fatal(err)
	}
	return a.ID
}
