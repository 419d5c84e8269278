package portal_test

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"vuoro/hub/portal"
)

// restart serves a new portal over the same data file, as a restarted
// hub does, at the same path.
func (h *hub) restart(t *testing.T) *httptest.Server {
	p, err := portal.New(portal.Options{Log: h.store, Credentials: h.store, Sessions: h.store, Clock: fixedClock{today},
		BaseURL: h.srv.URL + "/portal", IdPMetadata: h.idp.Metadata(), Logger: slog.New(slog.NewTextHandler(h.logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	return srv
}

// Staff, providers and citizens stay logged in across a restart, acting
// for whom they chose; a logged-out session does not come back.
func TestSessionsSurviveRestart(t *testing.T) {
	h := newHub(t)
	staff, sanna, gone := h.login(t, "lahti-sote"), h.citizen(t, "0"), h.login(t, "kotiapu")
	gone.post("/portal/logout")
	srv := h.restart(t)
	if page := staff.do(http.NewRequest("GET", srv.URL+"/portal/municipal", nil)); staff.status() != http.StatusOK || staff.last.Request.URL.Path != "/portal/municipal" {
		t.Fatalf("staff after a restart: %d at %s\n%s", staff.status(), staff.last.Request.URL.Path, page)
	}
	if sanna.do(http.NewRequest("GET", srv.URL+"/portal/citizen/vouchers", nil)); sanna.last.Request.URL.Path != "/portal/citizen/vouchers" {
		t.Fatalf("a citizen after a restart: at %s", sanna.last.Request.URL.Path)
	}
	if gone.do(http.NewRequest("GET", srv.URL+"/portal/provider", nil)); !strings.HasSuffix(gone.last.Request.URL.Path, "/login") {
		t.Fatalf("a logged-out provider after a restart: at %s", gone.last.Request.URL.Path)
	}
}
