package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// pingEvery keeps an idle stream open through proxies.
const pingEvery = 20 * time.Second

// live serves the console pages' live parts, and follows the engine to
// tell them what changed.
type live struct{ *deps }

// stream serves a page's live part as Server-Sent Events: after every
// change to the queues, the part rendered anew for this user, and what
// changed for the live region to say.
func (s live) stream(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk) {
	q := r.URL.Query()
	lc := &liveConn{s: s, r: r, token: se.Token, t: target{q.Get("page"), url.Values{}}, shown: map[uint64]bool{}}
	if sv := q.Get("service"); sv != "" {
		lc.t.q.Set("service", sv)
	}
	if def, ok := pages[lc.t.path]; !ok || def.live == "" || !authz.May(c, def.least) {
		http.Error(w, "no live view of that page", http.StatusNotFound)
		return
	}
	ch := s.feed.subscribe()
	defer s.feed.unsubscribe(ch)
	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	fmt.Fprint(w, "retry: 3000\n\n")
	ok := lc.catchUp(w, q.Get("since"))
	ping := time.NewTicker(pingEvery)
	defer ping.Stop()
	for ok && rc.Flush() == nil {
		select {
		case <-r.Context().Done():
			return
		case <-s.feed.done:
			return
		case <-ping.C:
			fmt.Fprint(w, ": ping\n\n")
		case n := <-ch:
			ok = lc.push(w, n)
		}
	}
	rc.Flush() // the logout event, if any
}

// liveConn is one open stream.
type liveConn struct {
	s     live
	r     *http.Request
	token string
	t     target
	shown map[uint64]bool // visits whose personal data the stream last showed
}

// catchUp pushes at once if the queues changed since the page was made.
func (lc *liveConn) catchUp(w http.ResponseWriter, since string) bool {
	if n, err := strconv.ParseUint(since, 10, 64); err == nil && n >= lc.s.changed.Load() {
		return true
	}
	return lc.push(w, notice{})
}

// push renders the live part for the stream's user; a user logged out or
// disabled meanwhile is told so and the stream ends.
func (lc *liveConn) push(w http.ResponseWriter, n notice) bool {
	se, ok := lc.s.sess.Peek(lc.token)
	c, known := lc.s.clerk(se)
	if !ok || !known {
		fmt.Fprint(w, "event: logout\ndata: {}\n\n")
		return false
	}
	def := pages[lc.t.path]
	v := view{page: lc.s.frame(lc.r, se, c, lc.t, def), se: se, c: c, t: lc.t}
	data, seen := def.build(lc.s.deps, v)
	lc.s.recordAccess(c, lc.fresh(seen), "console")
	var b bytes.Buffer
	if err := lc.s.tpl.ExecuteTemplate(&b, def.live, data); err != nil {
		lc.s.opts.Logger.Error("live render failed", "template", def.live, "err", err)
		return false
	}
	msg, _ := json.Marshal(struct {
		HTML string `json:"html"`
		Say  string `json:"say,omitempty"`
	}{b.String(), lc.s.sayTo(c, n, v)})
	fmt.Fprintf(w, "event: update\ndata: %s\n\n", msg)
	return true
}

// fresh returns the visits of seen the stream did not show last time: a
// continued showing is one access, a new showing another.
func (lc *liveConn) fresh(seen []uint64) []uint64 {
	var out []uint64
	now := map[uint64]bool{}
	for _, id := range seen {
		if now[id] = true; !lc.shown[id] {
			out = append(out, id)
		}
	}
	lc.shown = now
	return out
}
