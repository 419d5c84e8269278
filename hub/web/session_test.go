package web_test

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/web"
)

// restart serves a new console over the same engine and data file, as a
// restarted hub does, and returns its server.
func (h *hub) restart() *httptest.Server {
	h.t.Helper()
	w := web.New(h.eng, h.st, web.Options{Now: h.clk.Now, BcryptCost: bcrypt.MinCost,
		Logger: slog.New(slog.NewTextHandler(os.Stderr, nil))})
	srv := httptest.NewServer(w)
	h.t.Cleanup(func() { w.Close(); srv.Close() })
	return srv
}

// A clerk's browser and an API client stay logged in across a restart,
// with the chosen room; a logout and a session past its idle time do not
// come back; the data file holds no token.
func TestSessionsSurviveRestart(t *testing.T) {
	h := newHub(t)
	c, csrf := login(t, h.srv, "vero")
	if resp, _ := post(t, c, h.srv.URL+"/console/room", url.Values{"csrf": {csrf}, "room": {"6"}}); resp.StatusCode >= 400 {
		t.Fatalf("choose room: %s", resp.Status)
	}
	token := apiLogin(t, h.srv, "kela")
	gone := apiLogin(t, h.srv, "neuvoja")
	api(t, h.srv, gone, "POST", "/api/v1/logout", "")

	srv := h.restart()
	resp, body := getResp(t, c, srv.URL+"/console") // cookies are the host's, whatever the port
	if resp.Request.URL.Path != "/console" || !strings.Contains(body, `value="6" selected`) {
		t.Fatalf("the browser after a restart: at %s, room 6 chosen: %v", resp.Request.URL.Path, strings.Contains(body, `value="6" selected`))
	}
	if code, _ := api(t, srv, token, "GET", "/api/v1/queues", ""); code != http.StatusOK {
		t.Fatalf("the API token after a restart: %d", code)
	}
	if code, _ := api(t, srv, gone, "GET", "/api/v1/queues", ""); code != http.StatusUnauthorized {
		t.Fatalf("a logged-out token after a restart: %d", code)
	}
	raw, _ := os.ReadFile(h.st.Path())
	if bytes.Contains(raw, []byte(token)) {
		t.Fatal("the data file holds a session token")
	}

	h.clk.Advance(9 * time.Hour) // past the idle time
	srv = h.restart()
	if code, _ := api(t, srv, token, "GET", "/api/v1/queues", ""); code != http.StatusUnauthorized {
		t.Fatalf("an idle session after a restart: %d", code)
	}
}
