package server

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestMetricsOnlyToTheHubsMachine(t *testing.T) {
	req, _ := http.NewRequest("GET", "/metrics", nil)
	req.RemoteAddr = "192.0.2.7:5555"
	rec := httptest.NewRecorder()
	(&Hub{commits: newCommitMetrics()}).metricsHandler().ServeHTTP(rec, req)
	if rec.Code != http.StatusForbidden {
		t.Fatalf("a client on the network got %d", rec.Code)
	}
}
