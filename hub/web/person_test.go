package web_test

import (
	"net/url"
	"regexp"
	"strings"
	"testing"

	"vuoro/hub/queue"
)

const testHETU = "010280-952L"

// accesses returns the personal.viewed events after seq, as "actor ticket".
func (h *hub) accesses(after uint64) []string {
	var out []string
	for _, ev := range h.events(after) {
		if strings.HasPrefix(ev, queue.KindPersonalDataSeen+" ") {
			out = append(out, ev)
		}
	}
	return out
}

func TestPersonalDataOnlyToTheServingClerk(t *testing.T) {
	h := newHub(t)
	tk := checkedInAppointment(t, h)
	vero, csrf := login(t, h.srv, "vero")
	advisor, _ := login(t, h.srv, "neuvoja")
	page := "/console?service=vero-veroasiat"
	before := h.seq()
	if body := get(t, vero, h.srv.URL+page); strings.Contains(body, testHETU) || !strings.Contains(body, "010280-****") {
		t.Fatal("a clerk sees a waiting citizen's personal identity code")
	}
	if n := len(h.accesses(before)); n != 0 {
		t.Fatalf("%d accesses recorded for masked data", n)
	}
	post(t, vero, h.srv.URL+"/console/room", url.Values{"csrf": {csrf}, "room": {"6"}})
	post(t, vero, h.srv.URL+"/console/call", url.Values{"csrf": {csrf}, "service": {"vero-veroasiat"}})
	before = h.seq()
	if body := get(t, vero, h.srv.URL+page); !strings.Contains(body, testHETU) || !strings.Contains(body, "Matti Meikäläinen") {
		t.Fatal("the serving clerk does not see the person")
	}
	if got := h.accesses(before); len(got) != 1 || !strings.Contains(got[0], "clerk:vero") || !strings.Contains(got[0], itoa(tk.ID)) {
		t.Fatalf("accesses = %v, want one by clerk:vero of ticket %d", got, tk.ID)
	}
	if body := get(t, advisor, h.srv.URL+page); strings.Contains(body, testHETU) || strings.Contains(body, "Matti Meikäläinen") {
		t.Fatal("another user sees the person of a visit they do not serve")
	}
	token := apiLogin(t, h.srv, "vero")
	if _, body := api(t, h.srv, token, "GET", "/api/v1/queues", ""); !strings.Contains(body, testHETU) {
		t.Fatal("the API does not show the serving clerk the person")
	}
	if _, body := api(t, h.srv, apiLogin(t, h.srv, "neuvoja"), "GET", "/api/v1/queues", ""); strings.Contains(body, testHETU) {
		t.Fatal("the API shows another user the person")
	}
}

func TestCodesInMessagesAndReasonsMasked(t *testing.T) {
	h := newHub(t)
	tk := checkedInAppointment(t, h)
	token := apiLogin(t, h.srv, "neuvoja")
	path := "/api/v1/visits/" + itoa(tk.ID)
	if code, body := api(t, h.srv, token, "POST", path+"/messages", `{"text":"asiakas100190y999psoitti"}`); code != 200 || !strings.Contains(body, "asiakas100190Y****soitti") {
		t.Fatalf("message: %d %s", code, body)
	}
	if code, body := api(t, h.srv, token, "POST", path+"/delete", `{"reason":"kahdesti: 131052-308T"}`); code != 200 || !strings.Contains(body, "kahdesti: 131052-****") {
		t.Fatalf("delete: %d %s", code, body)
	}
	adv, _ := login(t, h.srv, "neuvoja")
	page := get(t, adv, h.srv.URL+"/console?service=vero-veroasiat")
	if !strings.Contains(page, "asiakas100190Y****soitti") {
		t.Errorf("the console does not show the masked message")
	}
	for _, where := range append(h.events(0), page) {
		if up := strings.ToUpper(where); strings.Contains(up, "999P") || strings.Contains(up, "308T") {
			t.Fatalf("a code typed into a message or a reason shows in %q", where)
		}
	}
}

var anyHETU = regexp.MustCompile(`\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]`)

// TestNoPersonalDataInLogsOrURLs books, checks in, serves and browses
// the log, then checks every log line and every address the pages hold.
func TestNoPersonalDataInLogsOrURLs(t *testing.T) {
	h := newHub(t)
	adv, csrf := login(t, h.srv, "neuvoja")
	resp, _ := post(t, adv, h.srv.URL+"/console/book", url.Values{"csrf": {csrf}, "service": {"vero-veroasiat"},
		"at": {"2026-11-23T09:00"}, "name": {"Matti Meikäläinen"}, "hetu": {testHETU}})
	if loc := resp.Header.Get("Location"); resp.StatusCode != 303 || anyHETU.MatchString(loc) {
		t.Fatalf("booking: %s to %q", resp.Status, loc)
	}
	post(t, adv, h.srv.URL+"/console/book", url.Values{"csrf": {csrf}, "service": {"vero-veroasiat"},
		"at": {"2026-11-23T09:00"}, "name": {"X"}, "hetu": {"010280-952X"}}) // invalid: refused without echo
	h.try("10.1.1.1", testHETU, "x") // a code typed as a login name
	var pages []string
	for _, p := range []string{"/console/appointments", "/console?service=vero-veroasiat"} {
		pages = append(pages, get(t, adv, h.srv.URL+p))
	}
	admin, _ := login(t, h.srv, "admin")
	pages = append(pages, get(t, admin, h.srv.URL+"/admin/log"))
	_, apiLog := api(t, h.srv, apiLogin(t, h.srv, "admin"), "GET", "/api/v1/events", "")
	pages = append(pages, apiLog)
	for i, p := range pages {
		if anyHETU.MatchString(p) {
			t.Errorf("page %d shows a personal identity code: %s", i, anyHETU.FindString(p))
		}
		for _, href := range regexp.MustCompile(`(?:href|action|data-events)="([^"]*)"`).FindAllStringSubmatch(p, -1) {
			if strings.Contains(href[1], "010280") {
				t.Errorf("an address holds personal data: %s", href[1])
			}
		}
	}
	if logs := h.logs.String(); strings.Contains(strings.ToUpper(logs), "952L") {
		t.Errorf("the console logged personal data:\n%s", logs)
	}
}
