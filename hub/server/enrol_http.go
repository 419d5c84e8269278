package server

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

	"vuoro/hub/webkit"
)

// enrolRules limit failed code exchanges per client address as failed
// logins are: a code cannot be guessed by trying.
var enrolRules = map[string]webkit.Rule{
	"ip": {Tries: 10, Per: time.Minute, Lock: time.Minute, MaxLock: time.Hour},
}

// enrolAPI serves POST /api/v1/devices/enrol: {"code":…} for the device's
// credentials, once.
type enrolAPI struct {
	devs  Devices
	limit *webkit.Limiter
	hub   *Hub
}

func (a enrolAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	key := "ip:" + webkit.ClientIP(r, a.hub.opts.TrustedProxies)
	if d := a.limit.Locked(key); d > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(int(d.Seconds())+1))
		writeJSON(w, http.StatusTooManyRequests, map[string]string{"error": "too many tries; wait"})
		return
	}
	var req struct {
		Code string `json:"code"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<10)).Decode(&req); err != nil || req.Code == "" {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "send {\"code\":…}"})
		return
	}
	cred, err := a.devs.Exchange(req.Code)
	switch {
	case errors.Is(err, ErrBadCode):
		a.limit.Fail(key)
		writeJSON(w, http.StatusForbidden, map[string]string{"error": "unknown, used or expired enrolment code"})
	case err != nil:
		a.hub.opts.Logger.Error("device enrolment failed", "err", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal error"})
	default:
		a.hub.opts.Logger.Info("device enrolled", "device", cred.Device, "kind", cred.Kind)
		writeJSON(w, http.StatusOK, cred)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
