package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"vuoro/hub/demo"
	"vuoro/hub/queue"
)

func TestLoginRejectsWrongPassword(t *testing.T) {
	srv, _ := newConsole(t)
	for _, creds := range [][2]string{{"vero", "wrong"}, {"nobody", demo.Password}, {"", ""}} {
		resp, body := post(t, browser(t), srv.URL+"/login", url.Values{"login": {creds[0]}, "password": {creds[1]}})
		if resp.StatusCode != http.StatusUnauthorized || !strings.Contains(body, "Väärä käyttäjätunnus tai salasana") {
			t.Errorf("login %q/%q: %s", creds[0], creds[1], resp.Status)
		}
	}
	resp, err := browser(t).Get(srv.URL + "/console")
	if err != nil || resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/login" {
		t.Fatalf("console without login: %v %v", resp.Status, err)
	}
}

func TestCallAndEndFromConsole(t *testing.T) {
	srv, eng := newConsole(t)
	issue(t, eng, "vero-veroasiat", 2)
	c, csrf := login(t, srv, "vero")
	form := func(kv ...string) url.Values {
		v := url.Values{"csrf": {csrf}, "service": {"vero-veroasiat"}}
		for i := 0; i < len(kv); i += 2 {
			v.Set(kv[i], kv[i+1])
		}
		return v
	}
	if resp, body := post(t, c, srv.URL+"/console/call", form()); resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "Valitse ensin huoneesi") {
		t.Fatalf("call without a room: %s", resp.Status)
	}
	post(t, c, srv.URL+"/console/room", form("room", "6"))
	if resp, _ := post(t, c, srv.URL+"/console/call", form()); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("call: %s", resp.Status)
	}
	page := get(t, c, srv.URL+"/console?service=vero-veroasiat")
	if !strings.Contains(page, `Palvelet: <strong class="callid">R1</strong> huoneessa 6`) {
		t.Fatalf("console does not show the call:\n%s", page)
	}
	var id uint64
	eng.Read(func(s *queue.State) { t, _ := s.ActiveVisit("vero"); id = t.ID })
	post(t, c, srv.URL+"/console/end", form("ticket", itoa(id)))
	eng.Read(func(s *queue.State) {
		if _, busy := s.ActiveVisit("vero"); busy {
			t.Fatal("visit not ended")
		}
	})
}

func TestFormsNeedCSRFToken(t *testing.T) {
	srv, eng := newConsole(t)
	issue(t, eng, "vero-veroasiat", 1)
	c, _ := login(t, srv, "vero")
	for _, tok := range []string{"", "forged"} {
		resp, _ := post(t, c, srv.URL+"/console/room", url.Values{"csrf": {tok}, "room": {"6"}})
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("room change with token %q: %s", tok, resp.Status)
		}
	}
}

func TestAPIAuthorization(t *testing.T) {
	srv, eng := newConsole(t)
	issue(t, eng, "vero-veroasiat", 2)
	vero, kela, advisor := apiLogin(t, srv, "vero"), apiLogin(t, srv, "kela"), apiLogin(t, srv, "neuvoja")
	tests := []struct {
		name, token, method, path, body string
		want                            int
	}{
		{"no token", "", "GET", "/api/v1/queues", "", 401},
		{"bad token", "nope", "POST", "/api/v1/call", `{"service":"vero-veroasiat","room":"5"}`, 401},
		{"other agency's queue", kela, "POST", "/api/v1/call", `{"service":"vero-veroasiat","room":"5"}`, 403},
		{"malformed body", vero, "POST", "/api/v1/call", `{"service":`, 400},
		{"unknown field", vero, "POST", "/api/v1/call", `{"service":"vero-veroasiat","room":"5","x":1}`, 400},
		{"unknown room", vero, "POST", "/api/v1/call", `{"service":"vero-veroasiat","room":"99"}`, 404},
		{"own queue", vero, "POST", "/api/v1/call", `{"service":"vero-veroasiat","room":"5"}`, 200},
		{"second call while serving", vero, "POST", "/api/v1/call", `{"service":"vero-veroasiat","room":"5"}`, 409},
		{"advisor any queue", advisor, "POST", "/api/v1/call", `{"service":"vero-veroasiat","room":"6"}`, 200},
		{"empty queue", kela, "POST", "/api/v1/call", `{"service":"kela-asiointi","room":"7"}`, 409},
		{"end other agency's visit", kela, "POST", "/api/v1/visits/" + firstTicket(eng) + "/end", "", 403},
		{"end unknown visit", vero, "POST", "/api/v1/visits/99999/end", "", 404},
		{"end own visit", vero, "POST", "/api/v1/visits/" + firstTicket(eng) + "/end", "", 200},
	}
	for _, tt := range tests {
		if code, body := api(t, srv, tt.token, tt.method, tt.path, tt.body); code != tt.want {
			t.Errorf("%s: %d %s, want %d", tt.name, code, body, tt.want)
		}
	}
	_, body := api(t, srv, kela, "GET", "/api/v1/queues", "")
	if strings.Contains(body, "vero-") {
		t.Errorf("a Kela clerk sees the Tax Administration's queues: %s", body)
	}
}

// firstTicket is the id of the first ticket ever issued (R1).
func firstTicket(eng *queue.Engine) string {
	id := ""
	eng.Read(func(s *queue.State) {
		for n := range s.Seq + 1 {
			if t, ok := s.Ticket(n); ok && t.CallID == "R1" {
				id = itoa(t.ID)
			}
		}
	})
	return id
}
