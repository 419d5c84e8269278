package server

import (
	"net"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"vuoro/hub/queue"
)

// hubMetrics reads the hub's state at each scrape: nothing is counted
// twice and nothing is kept that the engine, the broker, the bridge or
// the console does not hold. Only the commit latencies are observed as
// they happen (commitMetrics).
type hubMetrics struct{ h *Hub }

var (
	descDevices  = prometheus.NewDesc("vuoro_devices_connected", "Devices whose last status says online, by kind.", []string{"kind"}, nil)
	descWaiting  = prometheus.NewDesc("vuoro_queue_waiting", "Visits waiting in each queue.", []string{"service"}, nil)
	descRejected = prometheus.NewDesc("vuoro_device_rejects_total", "Device messages the device bridge dropped, by reason.", []string{"reason"}, nil)
	descEvents   = prometheus.NewDesc("vuoro_events_total", "Events in the queue engine's log.", nil, nil)
	descAlerts   = prometheus.NewDesc("vuoro_device_alerts", "Device alerts raised and not cleared, by alert.", []string{"alert"}, nil)
	descMQTTIn   = prometheus.NewDesc("vuoro_mqtt_messages_in_total",
		"MQTT messages in: on the embedded broker those devices published and the broker took; on an external broker those the hub received.", nil, nil)
	descMQTTOut = prometheus.NewDesc("vuoro_mqtt_messages_out_total",
		"MQTT messages out: on the embedded broker those sent to devices; on an external broker those the hub published.", nil, nil)
	descMQTTRejects = prometheus.NewDesc("vuoro_mqtt_rejects_total",
		"Connections and packets the embedded broker refused, by reason (none on an external broker: see its own log).", []string{"reason"}, nil)
	descLive = prometheus.NewDesc("vuoro_console_live_clients", "Console pages following the queues live (Server-Sent Events streams open).", nil, nil)
)

var allDescs = []*prometheus.Desc{descDevices, descWaiting, descRejected, descEvents, descAlerts, descMQTTIn, descMQTTOut,
	descMQTTRejects, descLive}

func (m hubMetrics) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range allDescs {
		ch <- d
	}
}

func (m hubMetrics) Collect(ch chan<- prometheus.Metric) {
	if s := m.h.Sync(); s != nil {
		for kind, n := range s.OnlineCount() {
			ch <- prometheus.MustNewConstMetric(descDevices, prometheus.GaugeValue, float64(n), kind)
		}
		for reason, n := range s.Rejects() {
			ch <- prometheus.MustNewConstMetric(descRejected, prometheus.CounterValue, float64(n), reason)
		}
	}
	m.collectMQTT(ch)
	if m.h.console != nil {
		ch <- prometheus.MustNewConstMetric(descLive, prometheus.GaugeValue, float64(m.h.console.LiveClients()))
	}
	m.h.engine.Read(func(st *queue.State) {
		for _, sv := range st.ServicesOf(nil) {
			ch <- prometheus.MustNewConstMetric(descWaiting, prometheus.GaugeValue, float64(st.WaitingCount(sv.ID)), sv.ID)
		}
		alerts := map[queue.AlertKind]int{queue.AlertPaperNearEnd: 0, queue.AlertPaperOut: 0, queue.AlertOffline: 0}
		for _, a := range st.DeviceAlerts() {
			alerts[a.Alert]++
		}
		for a, n := range alerts {
			ch <- prometheus.MustNewConstMetric(descAlerts, prometheus.GaugeValue, float64(n), string(a))
		}
		ch <- prometheus.MustNewConstMetric(descEvents, prometheus.CounterValue, float64(st.Seq))
	})
}

// collectMQTT reports the embedded broker's counts, or the hub's own
// traffic on an external broker.
func (m hubMetrics) collectMQTT(ch chan<- prometheus.Metric) {
	var in, out uint64
	ext, isExt := m.h.bus.(interface{ Traffic() (in, out uint64) })
	switch {
	case m.h.broker != nil:
		s := m.h.broker.Stats()
		in, out = s.In, s.Out
		for reason, n := range s.Rejects {
			ch <- prometheus.MustNewConstMetric(descMQTTRejects, prometheus.CounterValue, float64(n), string(reason))
		}
	case isExt:
		in, out = ext.Traffic()
	default:
		return
	}
	ch <- prometheus.MustNewConstMetric(descMQTTIn, prometheus.CounterValue, float64(in))
	ch <- prometheus.MustNewConstMetric(descMQTTOut, prometheus.CounterValue, float64(out))
}

// metricsHandler serves /metrics in the Prometheus text format to
// clients on the hub's own machine only (a scraper or node exporter
// beside it); others get 403.
func (h *Hub) metricsHandler() http.Handler {
	reg := prometheus.NewRegistry()
	reg.MustRegister(hubMetrics{h}, h.commits)
	serve := promhttp.HandlerFor(reg, promhttp.HandlerOpts{})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
			http.Error(w, "metrics are served to the hub's own machine only", http.StatusForbidden)
			return
		}
		serve.ServeHTTP(w, r)
	})
}
