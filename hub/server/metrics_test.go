package server_test

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/queue"
	"vuoro/hub/server"
)

// scrape reads /metrics as Prometheus would, parsed by its text parser.
func scrape(t *testing.T, h *server.Hub) map[string]*dto.MetricFamily {
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

// value is a series' value: a gauge's or a counter's, a histogram's
// count of observations. labels are name, value pairs it must carry.
func value(t *testing.T, fams map[string]*dto.MetricFamily, name string, labels ...string) float64 {
	t.Helper()
	f, ok := fams[name]
	if !ok {
		t.Fatalf("no %s in /metrics", name)
	}
	if f.GetHelp() == "" {
		t.Fatalf("%s has no HELP", name)
	}
next:
	for _, m := range f.GetMetric() {
		have := map[string]string{}
		for _, l := range m.GetLabel() {
			have[l.GetName()] = l.GetValue()
		}
		for i := 0; i+1 < len(labels); i += 2 {
			if have[labels[i]] != labels[i+1] {
				continue next
			}
		}
		switch f.GetType() {
		case dto.MetricType_COUNTER:
			return m.GetCounter().GetValue()
		case dto.MetricType_HISTOGRAM:
			return float64(m.GetHistogram().GetSampleCount())
		}
		return m.GetGauge().GetValue()
	}
	t.Fatalf("no %s%v in /metrics", name, labels)
	return 0
}

// series is one series to watch between two scrapes.
type series struct {
	name   string
	labels []string
}

// moved waits until a series has grown by want since before.
func moved(t *testing.T, h *server.Hub, before map[string]*dto.MetricFamily, s series, want float64) {
	t.Helper()
	was := value(t, before, s.name, s.labels...)
	eventually(t, s.name+" moved", func() bool { return value(t, scrape(t, h), s.name, s.labels...) == was+want })
}

func quietHub(t *testing.T) *server.Hub {
	t.Helper()
	h, err := server.Start(server.Options{DataDir: t.TempDir(), HTTPAddr: "127.0.0.1:0", MQTTAddr: "127.0.0.1:0", Demo: true,
		BcryptCost: bcrypt.MinCost, Clock: monday{}, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

// The queue's length, the event count and the commit latency move when a
// ticket is issued.
func TestMetricsMoveWithATicket(t *testing.T) {
	h := quietHub(t)
	before := scrape(t, h)
	if _, err := h.Engine().Issue("kiosk:kiosk-1", queue.IssueRequest{Service: "vero-veroasiat", Persons: 1}); err != nil {
		t.Fatal(err)
	}
	after := scrape(t, h)
	for _, s := range []series{
		{"vuoro_queue_waiting", []string{"service", "vero-veroasiat"}},
		{"vuoro_events_total", nil},
		{"vuoro_journal_commit_seconds", []string{"journal", "queue"}},
		{"vuoro_journal_commit_events", []string{"journal", "queue"}},
	} {
		if a, b := value(t, before, s.name, s.labels...), value(t, after, s.name, s.labels...); b != a+1 {
			t.Errorf("%s%v: %v then %v", s.name, s.labels, a, b)
		}
	}
	value(t, after, "vuoro_device_alerts", "alert", string(queue.AlertPaperOut))
	value(t, after, "vuoro_journal_commit_seconds", "journal", "voucher")
}

// enrolKiosk enrols a kiosk through the API and returns its credentials.
func enrolKiosk(t *testing.T, h *server.Hub, admin, id string) server.Credentials {
	t.Helper()
	_, enrolled := call(t, h, admin, "POST", "/api/v1/devices", `{"device":"`+id+`","kind":"kiosk"}`)
	var e struct{ Code string }
	json.Unmarshal([]byte(enrolled), &e)
	_, body := call(t, h, "", "POST", "/api/v1/devices/enrol", `{"code":"`+e.Code+`"}`)
	var cred server.Credentials
	if err := json.Unmarshal([]byte(body), &cred); err != nil || cred.Password == "" {
		t.Fatalf("enrol %s: %s", id, body)
	}
	return cred
}

// What an outsider or a device does wrong moves the broker's and the
// bridge's rejects by its reason; what a kiosk does right moves the
// messages in and out.
func TestMetricsCountRefusalsByReasonAndTraffic(t *testing.T) {
	h := quietHub(t)
	admin := logIn(t, h, "paakayttaja", "vuoro-demo")
	cred := enrolKiosk(t, h, admin, "kiosk-9")
	const own = "vuoro/v1/lahti/kiosk/kiosk-9/ticket"

	for _, c := range []struct {
		device, password, reason string
	}{{"kiosk-77", "guessed", "unknown-device"}, {"kiosk-9", "guessed", "bad-password"}} {
		before := scrape(t, h)
		if cl, err := connectDevice(h, c.device, c.password); err == nil {
			cl.Disconnect(0)
			t.Fatalf("%s connected with a guessed password", c.device)
		}
		moved(t, h, before, series{"vuoro_mqtt_rejects_total", []string{"reason", c.reason}}, 1)
	}

	before := scrape(t, h)
	kiosk := connected(t, h, cred)
	kiosk.Subscribe("vuoro/v1/lahti/catalog", 1, func(mqtt.Client, mqtt.Message) {}).Wait()
	kiosk.Publish(own, 1, false, "not json").Wait()
	moved(t, h, before, series{"vuoro_device_rejects_total", []string{"reason", "malformed"}}, 1)
	for _, s := range []series{{"vuoro_mqtt_messages_in_total", nil}, {"vuoro_mqtt_messages_out_total", nil}} {
		if a, b := value(t, before, s.name), value(t, scrape(t, h), s.name); b <= a {
			t.Errorf("%s: %v then %v", s.name, a, b)
		}
	}

	before = scrape(t, h)
	kiosk.Publish("vuoro/v1/lahti/catalog", 1, true, "{}").WaitTimeout(time.Second)
	moved(t, h, before, series{"vuoro_mqtt_rejects_total", []string{"reason", "acl-publish"}}, 1)
}

func connected(t *testing.T, h *server.Hub, cred server.Credentials) mqtt.Client {
	t.Helper()
	c, err := connectDevice(h, cred.Username, cred.Password)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Disconnect(0) })
	return c
}

// A console page open live counts as a live client while its stream is open.
func TestMetricsCountLiveConsoles(t *testing.T) {
	h := quietHub(t)
	token := logIn(t, h, "admin", "vuoro-demo")
	before := scrape(t, h)
	req, _ := http.NewRequest("GET", "http://"+h.HTTPAddr()+"/console/events?page=/console", nil)
	req.AddCookie(&http.Cookie{Name: "vuoro_session", Value: token})
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 {
		t.Fatalf("the live stream: %s", resp.Status)
	}
	live := series{"vuoro_console_live_clients", nil}
	moved(t, h, before, live, 1)
	open := scrape(t, h)
	resp.Body.Close()
	moved(t, h, open, live, -1)
}
