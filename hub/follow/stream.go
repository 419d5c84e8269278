package follow

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// pingEvery keeps an idle stream open through proxies.
const pingEvery = 20 * time.Second

// serveEvents streams the live part of the follow page as Server-Sent
// Events: once at the start, then whenever it changes; it ends after the
// visit has.
func (h *Handler) serveEvents(w http.ResponseWriter, r *http.Request) {
	token := r.PathValue("token")
	if _, ok := h.o.Source.Lookup(token); !ok {
		h.site.Error(w, r, http.StatusNotFound)
		return
	}
	sub := h.feed.subscribe()
	defer h.feed.unsubscribe(sub)
	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	fmt.Fprint(w, "retry: 3000\n\n")
	ping := time.NewTicker(pingEvery)
	defer ping.Stop()
	var last string
	for {
		v, ok := h.o.Source.Lookup(token)
		if !ok {
			return
		}
		if part := h.livePart(r, v); part != last {
			fmt.Fprintf(w, "event: state\ndata: %s\n\n", part)
			last = part
		}
		if rc.Flush() != nil || !v.Status.Open() {
			return
		}
		select {
		case <-r.Context().Done():
			return
		case <-h.feed.done:
			return
		case <-ping.C:
			fmt.Fprint(w, ": ping\n\n")
		case <-sub:
		}
	}
}

// livePart is the live region of the follow page, on one line.
func (h *Handler) livePart(r *http.Request, v View) string {
	var b bytes.Buffer
	if err := h.tpl.ExecuteTemplate(&b, "live", h.followData(r, v)); err != nil {
		h.o.Logger.Error("follow: render live part", "err", err)
		return ""
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
