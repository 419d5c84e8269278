package web_test

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"vuoro/hub/queue"
)

// readAll pages through the whole log as the token's user and returns the
// sequence numbers listed.
func (h *hub) readAll(token string) map[uint64]bool {
	h.t.Helper()
	q, seen := url.Values{"from": {""}}, map[uint64]bool{}
	for {
		code, out, body := h.readLog(token, q)
		if code != 200 {
			h.t.Fatalf("log: %d %s", code, body)
		}
		for _, ev := range out.Events {
			seen[ev.Seq] = true
		}
		if out.Next == 0 {
			return seen
		}
		q.Set("after", itoa(out.Next))
	}
}

// Each admin reads the log of their agencies; the site admin reads it
// whole.
func TestEventLogByAgency(t *testing.T) {
	h := matrixHub(t)
	must := func(err error) {
		if err != nil {
			t.Helper()
			t.Fatal(err)
		}
	}
	serve := func(service, clerk, room string) {
		id := h.calledIn(service, clerk, room)
		_, err := h.eng.End("clerk:"+clerk, id)
		must(err)
	}
	steps := []struct {
		name string
		do   func()
		by   []string // the agency admins shown it, beside the site admin
	}{
		{"a Vero visit", func() { serve(veroQ, "vero", "1") }, []string{"admin"}},
		{"a Kela visit", func() { serve(kelaQ, "kela", "2") }, []string{"kelaadmin"}},
		{"a visit moved from Vero to Kela", func() {
			id := h.waitingIn(veroQ)
			_, err := h.eng.Transfer("clerk:neuvoja", id, kelaQ, queue.End)
			must(err)
		}, []string{"admin", "kelaadmin"}},
		{"a Kela appointment, cancelled", func() { must(h.eng.CancelAppointment("clerk:kelaneuvoja", h.bookingIn(kelaQ))) }, []string{"kelaadmin"}},
		{"Kela's settings", func() { must(h.eng.Configure("clerk:kelaadmin", kelaQ, queue.Settings{DailyCap: 40})) }, []string{"kelaadmin"}},
		{"a Kela user, reset and disabled", func() {
			must(h.eng.AddClerk("clerk:paakayttaja", queue.Clerk{Login: "kelauusi", Role: clerk, Agencies: kela}))
			must(h.eng.RecordPassword("clerk:kelaadmin", "kelauusi"))
			must(h.eng.DisableClerk("clerk:kelaadmin", "kelauusi"))
		}, []string{"kelaadmin"}},
		{"a user of both", func() {
			must(h.eng.AddClerk("clerk:paakayttaja", queue.Clerk{Login: "molemmat", Role: clerk, Agencies: both}))
		}, []string{"admin", "kelaadmin"}},
		{"an advisor of every queue", func() {
			must(h.eng.AddClerk("clerk:paakayttaja", queue.Clerk{Login: "kaikki", Role: advisor, Agencies: vero, AllQueues: true}))
		}, nil},
		{"a room and the site parameters", func() {
			must(h.eng.AddRoom("clerk:paakayttaja", queue.Room{ID: "77", Name: "Aspa 77"}))
			must(h.eng.SetSiteParams("clerk:paakayttaja", queue.SiteParams{NoShowAfter: 3}))
		}, nil},
		{"a kiosk's call for help", func() { h.eng.RecordHelp(queue.HelpCall{Device: "kiosk-1", Screen: "start", Lang: "fi"}) }, nil},
	}
	readers := []string{"admin", "kelaadmin", "paakayttaja"}
	tokens := map[string]string{}
	for _, r := range readers {
		tokens[r] = apiLogin(t, h.srv, r)
	}
	type span struct{ from, to uint64 }
	spans := make([]span, len(steps))
	for i, s := range steps {
		spans[i].from = h.seq()
		s.do()
		spans[i].to = h.seq()
	}
	for _, r := range readers {
		seen := h.readAll(tokens[r])
		for i, s := range steps {
			want := r == "paakayttaja" || slices.Contains(s.by, r)
			for seq := spans[i].from + 1; seq <= spans[i].to; seq++ {
				if seen[seq] != want {
					t.Errorf("%s: %s shown event %d: %v, want %v", s.name, r, seq, seen[seq], want)
				}
			}
		}
	}
	_, views, _ := h.readLog(tokens["kelaadmin"], url.Values{"from": {""}, "kind": {queue.KindLogViewed}})
	var viewers []string
	for _, ev := range views.Events {
		viewers = append(viewers, ev.Actor)
	}
	if slices.Contains(viewers, "clerk:admin") || slices.Contains(viewers, "clerk:paakayttaja") || !slices.Contains(viewers, "clerk:kelaadmin") {
		t.Errorf("the Kela admin is shown the log views of %v", viewers)
	}
	vero, _ := login(t, h.srv, "admin")
	site, _ := login(t, h.srv, "paakayttaja")
	kinds := "/admin/log?from=&kind=" + queue.KindClerkAdded
	if body := get(t, vero, h.srv.URL+kinds); strings.Contains(body, "kelauusi") || !strings.Contains(body, "molemmat") {
		t.Error("the Vero admin's log page shows another agency's users, or not their own")
	}
	if body := get(t, site, h.srv.URL+kinds); !strings.Contains(body, "kelauusi") || !strings.Contains(body, "kaikki") {
		t.Error("the site admin's log page does not show every user")
	}
}
