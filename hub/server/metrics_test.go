package server

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"vuoro/hub/queue"
)

// scrape reads /metrics as Prometheus would, parsed by its text parser.
func scrape(t *testing.T, h *Hub) map[string]*dto.MetricFamily {
	t.Helper()
	resp, err := http.Get("http://" + h.HTTPAddr() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET /metrics: %d", resp.StatusCode)
	}
	parser := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := parser.TextToMetricFamilies(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return fams
}

func gauge(fams map[string]*dto.MetricFamily, name, label, value string) (float64, bool) {
	for _, m := range fams[name].GetMetric() {
		for _, l := range m.GetLabel() {
			if l.GetName() == label && l.GetValue() == value {
				return m.GetGauge().GetValue(), true
			}
		}
	}
	return 0, false
}

// The queue's length and the event count move when a ticket is issued.
func TestMetricsMoveWithATicket(t *testing.T) {
	clk := &handClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)}
	h, err := Start(Options{DataDir: t.TempDir(), HTTPAddr: "127.0.0.1:0", MQTTAddr: "127.0.0.1:0", Demo: true,
		Clock: clk, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	before := scrape(t, h)
	w0, ok := gauge(before, "vuoro_queue_waiting", "service", "vero-veroasiat")
	if !ok {
		t.Fatalf("no queue length of vero-veroasiat in %v", before)
	}
	e0 := before["vuoro_events_total"].GetMetric()[0].GetCounter().GetValue()
	if _, err := h.engine.Issue("kiosk:kiosk-1", queue.IssueRequest{Service: "vero-veroasiat", Persons: 1}); err != nil {
		t.Fatal(err)
	}
	after := scrape(t, h)
	if w1, _ := gauge(after, "vuoro_queue_waiting", "service", "vero-veroasiat"); w1 != w0+1 {
		t.Fatalf("waiting %v then %v", w0, w1)
	}
	if e1 := after["vuoro_events_total"].GetMetric()[0].GetCounter().GetValue(); e1 != e0+1 {
		t.Fatalf("events %v then %v", e0, e1)
	}
	if _, ok := after["vuoro_device_alerts"]; !ok {
		t.Fatal("no device alerts series")
	}
}

func TestMetricsOnlyToTheHubsMachine(t *testing.T) {
	req, _ := http.NewRequest("GET", "/metrics", nil)
	req.RemoteAddr = "192.0.2.7:5555"
	rec := httptest.NewRecorder()
	(&Hub{}).metricsHandler().ServeHTTP(rec, req)
	if rec.Code != http.StatusForbidden {
		t.Fatalf("a client on the network got %d", rec.Code)
	}
}
