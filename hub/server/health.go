package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// failingFor is how long a failed write keeps the hub unhealthy.
const failingFor = time.Minute

// health is the answer of GET /healthz: "ok" or what is wrong, per part.
type health struct {
	Status  string `json:"status"`  // "ok" or "unhealthy"
	Store   string `json:"store"`   // the data file
	Devices string `json:"devices"` // the device bridge
	Seq     uint64 `json:"seq"`     // the newest event
}

// check looks at each part of the hub at now.
func (h *Hub) check(now time.Time) health {
	out := health{Status: "ok", Store: "ok", Devices: "ok"}
	if at := h.engine.WriteFailedAt(); !at.IsZero() && now.Sub(at) < failingFor {
		out.Store = fmt.Sprintf("a write failed at %s", at.Format(time.RFC3339))
	} else if seq, err := h.store.LastSeq(); err != nil {
		out.Store = err.Error()
	} else {
		out.Seq = seq
	}
	if err := h.sync.Health(now); err != nil {
		out.Devices = err.Error()
	}
	if out.Store != "ok" || out.Devices != "ok" {
		out.Status = "unhealthy"
	}
	return out
}

// serveHealth answers 200 when every part is well and 503 when one is not,
// so a supervisor (systemd's watchdog, a load balancer) can act on it.
func (h *Hub) serveHealth(w http.ResponseWriter, _ *http.Request) {
	hl := h.check(h.opts.Clock.Now())
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	if hl.Status != "ok" {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	json.NewEncoder(w).Encode(hl)
}
