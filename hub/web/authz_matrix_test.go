package web_test

import (
	"time"

	"vuoro/hub/queue"
)

// matrixActions are every action, on the Tax Administration's queues and
// users, and again across the agencies: on Kela's, on both, and on the
// site's.
var matrixActions = []matrixAction{
	{"call", "", clerk, vero, "POST /api/v1/call", func(h *hub, _, room string) map[string]any {
		h.waiting()
		return map[string]any{"service": veroQ, "room": room}
	}},
	{"call", "kela", clerk, kela, "POST /api/v1/call", func(h *hub, _, room string) map[string]any {
		h.waitingIn(kelaQ)
		return map[string]any{"service": kelaQ, "room": room}
	}},
	{"call-ticket", "", clerk, vero, "POST /api/v1/visits/{ticket}/call", func(h *hub, _, room string) map[string]any {
		return map[string]any{"ticket": h.waiting(), "room": room}
	}},
	{"recall", "", clerk, vero, "POST /api/v1/visits/{ticket}/recall", visitArgs(nil)},
	{"start", "", clerk, vero, "POST /api/v1/visits/{ticket}/start", visitArgs(nil)},
	{"noshow", "", clerk, vero, "POST /api/v1/visits/{ticket}/noshow", func(h *hub, login, room string) map[string]any {
		id := h.calledIn(veroQ, login, room)
		h.eng.Recall("system", id)
		h.eng.Recall("system", id)
		return map[string]any{"ticket": id}
	}},
	{"return", "", clerk, vero, "POST /api/v1/visits/{ticket}/return", visitArgs(map[string]any{"keep_place": true})},
	{"hold", "", clerk, vero, "POST /api/v1/visits/{ticket}/hold", visitArgs(nil)},
	{"resume", "", clerk, vero, "POST /api/v1/visits/{ticket}/resume", func(h *hub, _, _ string) map[string]any {
		id := h.waiting()
		h.eng.Hold("system", id)
		return map[string]any{"ticket": id}
	}},
	{"end", "", clerk, vero, "POST /api/v1/visits/{ticket}/end", visitArgs(nil)},
	{"end", "kela", clerk, kela, "POST /api/v1/visits/{ticket}/end", visitIn(kelaQ, nil)},
	{"persons", "", clerk, vero, "POST /api/v1/visits/{ticket}/persons", waitingArgs(map[string]any{"persons": 3})},
	{"priority", "", clerk, vero, "POST /api/v1/visits/{ticket}/priority", waitingArgs(map[string]any{"priority": true})},
	{"message", "", clerk, vero, "POST /api/v1/visits/{ticket}/messages", waitingArgs(map[string]any{"text": "Tulkki tulossa"})},
	{"transfer", "", advisor, vero, "POST /api/v1/visits/{ticket}/transfer", waitingArgs(map[string]any{"to": "vero-verokortit", "position": "end"})},
	{"transfer", "kela", advisor, kela, "POST /api/v1/visits/{ticket}/transfer", waitingIn(kelaQ, map[string]any{"to": "kela-toimeentulo", "position": "end"})},
	{"transfer", "vero to kela", advisor, both, "POST /api/v1/visits/{ticket}/transfer", waitingArgs(map[string]any{"to": kelaQ, "position": "end"})},
	{"delete", "", advisor, vero, "POST /api/v1/visits/{ticket}/delete", waitingArgs(map[string]any{"reason": "kaksoisilmoittautuminen"})},
	{"delete", "kela", advisor, kela, "POST /api/v1/visits/{ticket}/delete", waitingIn(kelaQ, map[string]any{"reason": "kaksoisilmoittautuminen"})},
	{"pause", "", clerk, vero, "POST /api/v1/queues/{service}/pause", func(*hub, string, string) map[string]any {
		return map[string]any{"service": veroQ, "paused": true}
	}},
	{"pause", "kela", clerk, kela, "POST /api/v1/queues/{service}/pause", func(*hub, string, string) map[string]any {
		return map[string]any{"service": kelaQ, "paused": true}
	}},
	// The user's own room: a break, and leaving it; any role that may
	// serve, with the room open.
	{"room-open", "", clerk, site, "POST /api/v1/room/open", func(_ *hub, _, room string) map[string]any {
		return map[string]any{"room": room}
	}},
	{"room-pause", "", clerk, site, "POST /api/v1/room/pause", func(h *hub, login, room string) map[string]any {
		h.openRoom(login, room)
		return map[string]any{"paused": true}
	}},
	{"room-close", "", clerk, site, "POST /api/v1/room/close", func(h *hub, login, room string) map[string]any {
		h.openRoom(login, room)
		return map[string]any{}
	}},
	{"book", "", advisor, vero, "POST /api/v1/appointments", func(*hub, string, string) map[string]any {
		return map[string]any{"service": veroQ, "at": "2026-11-23T14:00", "name": "Maija Meikäläinen", "hetu": "311299-999E"}
	}},
	{"book", "kela", advisor, kela, "POST /api/v1/appointments", func(*hub, string, string) map[string]any {
		return map[string]any{"service": kelaQ, "at": "2026-11-23T14:00", "name": "Maija Meikäläinen"}
	}},
	{"checkin", "", advisor, vero, "POST /api/v1/appointments/{appointment}/checkin", bookingArgs(veroQ)},
	{"checkin", "kela", advisor, kela, "POST /api/v1/appointments/{appointment}/checkin", bookingArgs(kelaQ)},
	{"cancel-appointment", "", advisor, vero, "POST /api/v1/appointments/{appointment}/cancel", bookingArgs(veroQ)},
	{"cancel-appointment", "kela", advisor, kela, "POST /api/v1/appointments/{appointment}/cancel", bookingArgs(kelaQ)},
	{"import-appointments", "", admin, vero, "POST /api/v1/appointments/import", importArgs(veroQ)},
	{"import-appointments", "kela", admin, kela, "POST /api/v1/appointments/import", importArgs(kelaQ)},
	{"create-feed", "their own", clerk, site, "POST /api/v1/feeds", func(_ *hub, login, _ string) map[string]any {
		return map[string]any{"kind": "clerk", "of": login}
	}},
	{"create-feed", "a service point's", admin, site, "POST /api/v1/feeds", func(*hub, string, string) map[string]any {
		return map[string]any{"kind": "room", "of": "8"}
	}},
	{"revoke-feed", "their own", clerk, site, "POST /api/v1/feeds/{feed}/revoke", func(h *hub, login, _ string) map[string]any {
		return map[string]any{"feed": h.feedOf(queue.FeedClerk, login)}
	}},
	{"revoke-feed", "a service point's", admin, site, "POST /api/v1/feeds/{feed}/revoke", func(h *hub, _, _ string) map[string]any {
		return map[string]any{"feed": h.feedOf(queue.FeedRoom, "8")}
	}},
	{"ack-help", "", advisor, site, "POST /api/v1/help/{help}/ack", helpArgs},
	{"close-help", "", advisor, site, "POST /api/v1/help/{help}/close", helpArgs},
	{"configure", "", admin, vero, "PUT /api/v1/queues/{service}/settings", configureArgs(veroQ)},
	{"configure", "kela", admin, kela, "PUT /api/v1/queues/{service}/settings", configureArgs(kelaQ)},
	{"add-user", "", admin, vero, "POST /api/v1/users", addUserArgs("clerk", vero, false)},
	{"add-user", "kela", admin, kela, "POST /api/v1/users", addUserArgs("clerk", kela, false)},
	{"add-user", "an admin of the agency", admin, vero, "POST /api/v1/users", addUserArgs("admin", vero, false)},
	{"add-user", "granting kela beside vero", admin, both, "POST /api/v1/users", addUserArgs("clerk", both, false)},
	{"add-user", "granting every queue", siteAdmin, site, "POST /api/v1/users", addUserArgs("advisor", vero, true)},
	{"add-user", "granting site-admin", siteAdmin, site, "POST /api/v1/users", addUserArgs("site-admin", vero, false)},
	{"add-user", "of no agency", siteAdmin, site, "POST /api/v1/users", addUserArgs("clerk", nil, false)},
	{"disable-user", "", admin, vero, "POST /api/v1/users/{login}/disable", newUserArgs(queue.Clerk{Role: clerk, Agencies: vero}, nil)},
	{"disable-user", "kela", admin, kela, "POST /api/v1/users/{login}/disable", newUserArgs(queue.Clerk{Role: clerk, Agencies: kela}, nil)},
	{"disable-user", "of vero and kela", admin, both, "POST /api/v1/users/{login}/disable", newUserArgs(queue.Clerk{Role: clerk, Agencies: both}, nil)},
	{"disable-user", "of every queue", siteAdmin, site, "POST /api/v1/users/{login}/disable", newUserArgs(queue.Clerk{Role: advisor, Agencies: vero, AllQueues: true}, nil)},
	{"disable-user", "a site admin", siteAdmin, site, "POST /api/v1/users/{login}/disable", newUserArgs(queue.Clerk{Role: siteAdmin, Agencies: vero}, nil)},
	{"set-password", "", admin, vero, "POST /api/v1/users/{login}/password", newPWOf(queue.Clerk{Role: clerk, Agencies: vero})},
	{"set-password", "kela", admin, kela, "POST /api/v1/users/{login}/password", newPWOf(queue.Clerk{Role: clerk, Agencies: kela})},
	{"set-password", "of no agency", siteAdmin, site, "POST /api/v1/users/{login}/password", newPWOf(queue.Clerk{Role: clerk})},
	{"set-password", "a site admin", siteAdmin, site, "POST /api/v1/users/{login}/password", newPWOf(queue.Clerk{Role: siteAdmin})},
	{"add-room", "", siteAdmin, site, "POST /api/v1/rooms", func(*hub, string, string) map[string]any {
		return map[string]any{"room": unique("r"), "name": "Aspa", "floor": 2}
	}},
	{"site", "", siteAdmin, site, "PUT /api/v1/site", func(*hub, string, string) map[string]any {
		return map[string]any{"no_show_after": 3, "wayfinding": map[string]string{"fi": "Seuraa keltaista viivaa."}}
	}},
	// The site admin's catalogue: agencies, services and rooms.
	{"add-agency", "", siteAdmin, site, "POST /api/v1/agencies", func(*hub, string, string) map[string]any {
		return map[string]any{"agency": unique("a"), "names": map[string]string{"fi": "Kunta"}}
	}},
	{"update-agency", "", siteAdmin, site, "PUT /api/v1/agencies/{agency}", func(*hub, string, string) map[string]any {
		return map[string]any{"agency": "kela", "names": map[string]string{"fi": "Kela", "sv": "FPA"}}
	}},
	{"add-service", "", siteAdmin, site, "POST /api/v1/services", func(*hub, string, string) map[string]any {
		return map[string]any{"service": unique("s"), "agency": "kela", "letter": string(rune('A' + seq%3)), "names": map[string]string{"fi": "Uusi"}}
	}},
	{"update-service", "", siteAdmin, site, "PUT /api/v1/services/{service}", func(*hub, string, string) map[string]any {
		return map[string]any{"service": "kela-toimeentulo", "agency": "kela", "letter": "T", "names": map[string]string{"fi": unique("Toimeentulotuki ")}}
	}},
	{"enrol-device", "", siteAdmin, site, "POST /api/v1/devices", func(*hub, string, string) map[string]any {
		return map[string]any{"device": unique("kiosk-"), "kind": "kiosk", "room": ""}
	}},
	{"set-device-services", "", siteAdmin, site, "PUT /api/v1/devices/{device}/services", func(h *hub, _, _ string) map[string]any {
		id := unique("kiosk-")
		if _, err := h.eng.EnrolDevice("system", id, queue.DeviceKiosk, "", start.Add(time.Hour)); err != nil {
			h.t.Fatal(err)
		}
		return map[string]any{"device": id, "services": []string{"kela-asiointi"}}
	}},
	{"revoke-device", "", siteAdmin, site, "POST /api/v1/devices/{device}/revoke", func(h *hub, _, _ string) map[string]any {
		id := unique("display-")
		if _, err := h.eng.EnrolDevice("system", id, queue.DeviceCounterDisplay, "8", start.Add(time.Hour)); err != nil {
			h.t.Fatal(err)
		}
		return map[string]any{"device": id}
	}},
	{"configure-device", "", siteAdmin, site, "PUT /api/v1/devices/{device}/config", func(h *hub, _, _ string) map[string]any {
		id := unique("aula-")
		if _, err := h.eng.EnrolDevice("system", id, queue.DeviceQueueDisplay, "", start.Add(time.Hour)); err != nil {
			h.t.Fatal(err)
		}
		return map[string]any{"device": id, "waiting_area": "aula", "languages": []string{"fi", "sv"}, "sound": true, "volume": 70,
			"info": map[string]string{"fi": "Virasto sulkeutuu klo 15"}}
	}},
	// Service points: booked for the user's agency, cancelled by its users.
	{"book-point", "", clerk, vero, "POST /api/v1/points/{point}/bookings", pointArgs("vero")},
	{"book-point", "kela", clerk, kela, "POST /api/v1/points/{point}/bookings", pointArgs("kela")},
	{"cancel-point-booking", "", clerk, vero, "POST /api/v1/bookings/{booking}/cancel", pointBookingOf("vero", false)},
	{"cancel-point-booking", "kela", clerk, kela, "POST /api/v1/bookings/{booking}/cancel", pointBookingOf("kela", false)},
	{"cancel-point-booking", "a day", clerk, kela, "POST /api/v1/bookings/{booking}/days/{day}/cancel", pointBookingOf("kela", true)},
	{"update-room", "", siteAdmin, site, "PUT /api/v1/rooms/{room}", func(*hub, string, string) map[string]any {
		return map[string]any{"room": "8", "name": "Aspa 8", "floor": 2, "capacity": 4, "attributes": []string{"step-free"}}
	}},
}

func (h *hub) bookingIn(service string) uint64 {
	a, err := h.eng.Book("system", service, start.Add(3*60*60e9), queue.Person{Name: "Matti Meikäläinen"})
	if err != nil {
		h.t.Fatal(err)
	}
	return a.ID
}

// helpArgs records a kiosk's call for help and names it.
func helpArgs(h *hub, _, _ string) map[string]any {
	help, _ := h.eng.RecordHelp(queue.HelpCall{RequestID: unique("m"), Device: "kiosk-1", Screen: "start", Lang: "fi"})
	return map[string]any{"help": help.ID}
}

// importArgs is an .ics file of one appointment in service, new each time.
func importArgs(service string) func(*hub, string, string) map[string]any {
	return func(*hub, string, string) map[string]any {
		ics := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//FI\r\nBEGIN:VEVENT\r\nUID:" + unique("u") +
			"\r\nDTSTAMP:20261123T060000Z\r\nDTSTART:20261123T120000Z\r\nSUMMARY:Maija Meikäläinen\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
		return map[string]any{"service": service, "ics": ics}
	}
}

// feedOf makes a calendar feed and names it; of nobody (the visitor not
// logged in), it names none.
func (h *hub) feedOf(kind queue.FeedKind, of string) uint64 {
	f, _ := h.eng.CreateFeed("system", kind, of, queue.NewFeedToken())
	return f.ID
}
