package web_test

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"time"

	"vuoro/hub/queue"
)

type logOut struct {
	Events []struct {
		Seq     uint64          `json:"seq"`
		Actor   string          `json:"actor"`
		Kind    string          `json:"kind"`
		CallID  string          `json:"call_id"`
		Payload json.RawMessage `json:"payload"`
	} `json:"events"`
	Next uint64 `json:"next"`
}

func (h *hub) readLog(token string, q url.Values) (int, logOut, string) {
	h.t.Helper()
	code, body := api(h.t, h.srv, token, "GET", "/api/v1/events?"+q.Encode(), "")
	var out logOut
	json.Unmarshal([]byte(body), &out)
	return code, out, body
}

// visitDay issues R1 and R2, serves R1 to its end, and books and checks in
// an appointment with a personal identity code.
func (h *hub) visitDay() (r1 queue.Ticket) {
	tk := issue(h.t, h.eng, "vero-veroasiat", 2)
	h.clk.Advance(time.Minute)
	if _, err := h.eng.CallTicket("vero", tk[0].ID, "6"); err != nil {
		h.t.Fatal(err)
	}
	h.eng.End("clerk:vero", tk[0].ID)
	checkedInAppointment(h.t, h)
	return tk[0]
}

func TestEventLogFilters(t *testing.T) {
	h := newHub(t)
	r1 := h.visitDay()
	h.clk.Advance(24 * time.Hour)
	tomorrow := h.visitDay() // R1 again, another visit
	admin := apiLogin(t, h.srv, "admin")
	tests := []struct {
		name  string
		q     url.Values
		kinds string // the kinds listed, in order
	}{
		{"today by default", nil, "ticket.issued ticket.issued ticket.called visit.ended appointment.booked ticket.issued"},
		{"one kind", url.Values{"from": {""}, "kind": {"ticket.called"}}, "ticket.called ticket.called"},
		{"an actor", url.Values{"from": {""}, "actor": {"kiosk"}}, "ticket.issued ticket.issued ticket.issued ticket.issued"},
		{"a call id is every visit of that id", url.Values{"from": {""}, "ticket": {"R1"}, "kind": {"ticket.called"}}, "ticket.called ticket.called"},
		{"a call id within a day", url.Values{"from": {"2026-11-23T00:00"}, "to": {"2026-11-23T23:59"}, "ticket": {"r1"}},
			"ticket.issued ticket.called visit.ended"},
		{"a ticket id", url.Values{"from": {""}, "ticket": {itoa(tomorrow.ID)}}, "ticket.issued ticket.called visit.ended"},
		{"a time range", url.Values{"from": {"2026-11-24T09:56"}, "to": {"2026-11-24T09:57"}}, "ticket.called visit.ended appointment.booked ticket.issued"},
	}
	for _, tt := range tests {
		code, out, body := h.readLog(admin, tt.q)
		var kinds []string
		for _, ev := range out.Events {
			if ev.Kind != queue.KindLogViewed && ev.Kind != queue.KindClerkAdded {
				kinds = append(kinds, ev.Kind)
			}
		}
		if code != 200 || strings.Join(kinds, " ") != tt.kinds {
			t.Errorf("%s: %d %v, want %s\n%s", tt.name, code, kinds, tt.kinds, body)
		}
	}
	if _, out, _ := h.readLog(admin, url.Values{"from": {""}, "ticket": {itoa(r1.ID)}}); out.Events[0].CallID != "R1" {
		t.Errorf("events of ticket %d name call id %q", r1.ID, out.Events[0].CallID)
	}
	for _, bad := range []url.Values{{"actor": {"010280-952L"}}, {"ticket": {"R1; drop"}}, {"kind": {"nope"}}, {"from": {"eilen"}}} {
		if code, _, body := h.readLog(admin, bad); code != 400 {
			t.Errorf("filter %v: %d %s, want 400", bad, code, body)
		}
	}
}

func TestEventLogPagesMasksAndIsRecorded(t *testing.T) {
	h := newHub(t)
	h.visitDay()
	issue(t, h.eng, "vero-verokortit", 60)
	admin := apiLogin(t, h.srv, "paakayttaja") // the whole log
	q := url.Values{"from": {""}}
	var seen []uint64
	pages := 0
	for page := 0; page < 10; page++ {
		pages++
		_, out, body := h.readLog(admin, q)
		if strings.Contains(body, "952L") || (page == 0 && !strings.Contains(body, `"hetu":"010280-****"`)) {
			t.Fatalf("page %d does not mask the personal identity code:\n%s", page, body)
		}
		for _, ev := range out.Events {
			if len(seen) > 0 && ev.Seq <= seen[len(seen)-1] {
				t.Fatalf("page %d repeats or reorders: %d after %d", page, ev.Seq, seen[len(seen)-1])
			}
			seen = append(seen, ev.Seq)
		}
		if out.Next == 0 {
			break
		}
		if len(out.Events) != 50 {
			t.Fatalf("page %d has %d events", page, len(out.Events))
		}
		q.Set("after", itoa(out.Next))
	}
	if len(seen) < 97 {
		t.Fatalf("the pages listed %d events", len(seen))
	}
	views := 0
	for _, ev := range h.events(0) {
		if strings.HasPrefix(ev, queue.KindLogViewed+" clerk:paakayttaja") {
			views++
		}
	}
	if views != pages {
		t.Fatalf("%d log views recorded for %d pages", views, pages)
	}
	c, _ := login(t, h.srv, "admin")
	body := get(t, c, h.srv.URL+"/admin/log?from=")
	if !strings.Contains(body, `id="next-page"`) || strings.Contains(body, "952L") || !strings.Contains(body, "010280-****") {
		t.Fatal("the log page does not page or mask")
	}
}
