package web_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"vuoro/hub/queue"
)

type helpRow struct {
	ID     uint64 `json:"id"`
	Device string `json:"device"`
	State  string `json:"state"`
}

func helpList(t *testing.T, h *hub, token string) []helpRow {
	t.Helper()
	code, body := api(t, h.srv, token, "GET", "/api/v1/help", "")
	var out []helpRow
	if err := json.Unmarshal([]byte(body), &out); code != http.StatusOK || err != nil {
		t.Fatalf("GET /api/v1/help: %d %s", code, body)
	}
	return out
}

// TestHelpTakenThenClosedOverTheAPI: a request is listed open, then taken
// once acknowledged, and leaves the list when closed.
func TestHelpTakenThenClosedOverTheAPI(t *testing.T) {
	h := newHub(t)
	token := apiLogin(t, h.srv, "neuvoja")
	help, err := h.eng.RecordHelp(queue.HelpCall{RequestID: "m1", Device: "kiosk-1", Screen: "start", Lang: "fi"})
	if err != nil {
		t.Fatal(err)
	}
	path := "/api/v1/help/" + itoa(help.ID)
	steps := []struct {
		method, path string
		code         int
		want         string // the request's state in the list, "" when not listed
	}{
		{"", "", 0, "open"},
		{"POST", path + "/ack", http.StatusOK, "taken"},
		{"POST", path + "/ack", http.StatusConflict, "taken"},
		{"POST", path + "/close", http.StatusOK, ""},
		{"POST", path + "/close", http.StatusNotFound, ""},
		{"POST", path + "/ack", http.StatusNotFound, ""},
	}
	for _, s := range steps {
		if s.method != "" {
			if code, body := api(t, h.srv, token, s.method, s.path, "{}"); code != s.code {
				t.Fatalf("%s %s: %d %s, want %d", s.method, s.path, code, body, s.code)
			}
		}
		var got string
		for _, r := range helpList(t, h, token) {
			if r.ID == help.ID && r.Device == "kiosk-1" {
				got = r.State
			}
		}
		if got != s.want {
			t.Fatalf("after %s %s: listed as %q, want %q", s.method, s.path, got, s.want)
		}
	}
}

// TestConsoleShowsTakenHelpWithClose: the console shows who is coming and
// offers Close instead of the acknowledgement.
func TestConsoleShowsTakenHelpWithClose(t *testing.T) {
	h := newHub(t)
	c, csrf := login(t, h.srv, "neuvoja")
	help, err := h.eng.RecordHelp(queue.HelpCall{Device: "kiosk-1", Screen: "start", Lang: "fi"})
	if err != nil {
		t.Fatal(err)
	}
	id := itoa(help.ID)
	page := get(t, c, h.srv.URL+"/console")
	if !strings.Contains(page, `id="ack-`+id+`"`) || !strings.Contains(page, `id="close-`+id+`"`) {
		t.Fatal("an open request has no acknowledge and close buttons")
	}
	post(t, c, h.srv.URL+"/console/ack-help", url.Values{"csrf": {csrf}, "help": {id}})
	page = get(t, c, h.srv.URL+"/console")
	if strings.Contains(page, `id="ack-`+id+`"`) || !strings.Contains(page, "Neuvoja on matkalla") || !strings.Contains(page, `id="close-`+id+`"`) {
		t.Fatal("a taken request is not shown as taken with a close button")
	}
	post(t, c, h.srv.URL+"/console/close-help", url.Values{"csrf": {csrf}, "help": {id}})
	if page = get(t, c, h.srv.URL+"/console"); strings.Contains(page, "Apua tarvitaan: kiosk-1") {
		t.Fatal("a closed request is still shown")
	}
}
