package server_test

import (
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"vuoro/hub/server"
)

func start(t *testing.T, demo bool) *server.Hub {
	t.Helper()
	h, err := server.Start(server.Options{DataDir: t.TempDir(), HTTPAddr: "127.0.0.1:0", MQTTAddr: "127.0.0.1:0",
		Demo: demo, Init: !demo, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestDemoHubServesPortalAndTestIdP(t *testing.T) {
	h := start(t, true)
	base := "http://" + h.HTTPAddr()
	if code, body := get(t, base+"/portal/"); code != 200 || !strings.Contains(body, "<html") {
		t.Fatalf("portal: %d", code)
	}
	if code, body := get(t, base+"/testidp/metadata"); code != 200 || !strings.Contains(body, "EntityDescriptor") {
		t.Fatalf("test IdP metadata: %d", code)
	}
	if code, _ := get(t, base+"/healthz"); code != 200 {
		t.Fatalf("console health: %d", code)
	}
}

func TestHubWithoutIdentityProviderServesNoPortal(t *testing.T) {
	h := start(t, false)
	base := "http://" + h.HTTPAddr()
	for _, p := range []string{"/portal/", "/testidp/metadata"} {
		if code, _ := get(t, base+p); code == 200 {
			t.Errorf("%s served without an identity provider", p)
		}
	}
}
