package server

import (
	"net"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"vuoro/hub/queue"
)

// hubMetrics reads the hub's state at each scrape: nothing is counted
// twice and nothing is kept that the engine or the bridge does not hold.
type hubMetrics struct{ h *Hub }

var (
	descDevices  = prometheus.NewDesc("vuoro_devices_connected", "Devices whose last status says online, by kind.", []string{"kind"}, nil)
	descWaiting  = prometheus.NewDesc("vuoro_queue_waiting", "Visits waiting in each queue.", []string{"service"}, nil)
	descRejected = prometheus.NewDesc("vuoro_device_rejects_total", "Device messages the device bridge refused, by reason.", []string{"reason"}, nil)
	descEvents   = prometheus.NewDesc("vuoro_events_total", "Events in the queue engine's log.", nil, nil)
	descAlerts   = prometheus.NewDesc("vuoro_device_alerts", "Device alerts raised and not cleared, by alert.", []string{"alert"}, nil)
)

func (m hubMetrics) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descDevices, descWaiting, descRejected, descEvents, descAlerts} {
		ch <- d
	}
}

func (m hubMetrics) Collect(ch chan<- prometheus.Metric) {
	if s := m.h.Sync(); s != nil {
		for kind, n := range s.OnlineCount() {
			ch <- prometheus.MustNewConstMetric(descDevices, prometheus.GaugeValue, float64(n), kind)
		}
		ch <- prometheus.MustNewConstMetric(descRejected, prometheus.CounterValue, float64(s.Rejected()), "invalid")
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

// metricsHandler serves /metrics in the Prometheus text format to
// clients on the hub's own machine only (a scraper or node exporter
// beside it); others get 403.
func (h *Hub) metricsHandler() http.Handler {
	reg := prometheus.NewRegistry()
	reg.MustRegister(hubMetrics{h})
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
