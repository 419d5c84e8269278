package web

import (
	"encoding/json"
	"errors"
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

// settleFor is how long a stream gathers a burst of changes into one
// update: a clerk's Call then End, a kiosk's rush of tickets.
const settleFor = 150 * time.Millisecond

// live serves the console pages' live parts, and follows the engine to
// tell them what changed.
type live struct{ *deps }

// stream serves a page's live part as Server-Sent Events: after changes
// to what the page shows, the parts of it that changed for this user, and
// what changed for the live region to say.
func (s live) stream(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk) {
	q := r.URL.Query()
	lc := &liveConn{s: s, r: r, token: se.Token, c: c, t: target{q.Get("page"), url.Values{}}, shown: map[uint64]bool{}}
	for _, k := range liveQuery {
		if v := q.Get(k); v != "" {
			lc.t.q.Set(k, v)
		}
	}
	if def, ok := pages[lc.t.path]; !ok || def.live == "" || !authz.May(c, def.least) {
		http.Error(w, "no live view of that page", http.StatusNotFound)
		return
	}
	sb := s.feed.subscribe(s.shows(c))
	defer s.feed.unsubscribe(sb)
	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	fmt.Fprint(w, "retry: 3000\n\n")
	ok := lc.catchUp(w, q.Get("since"))
	ping := time.NewTicker(pingEvery)
	defer ping.Stop()
	var measure <-chan time.Time
	if every := liveEvery[lc.t.path]; every > 0 {
		m := time.NewTicker(every)
		defer m.Stop()
		measure = m.C
	}
	for ok && rc.Flush() == nil {
		select {
		case <-r.Context().Done():
			return
		case <-s.feed.done:
			return
		case <-ping.C:
			fmt.Fprint(w, ": ping\n\n")
		case <-measure:
			ok = lc.push(w, notice{})
		case <-sb.wake:
			if !s.settle(r) {
				return
			}
			ok = lc.push(w, sb.take())
			services, advisor := s.shows(lc.c)
			s.feed.follow(sb, services, advisor)
		}
	}
	rc.Flush() // the logout event, if any
}

// settle waits while a burst of changes gathers; false if the stream ends
// meanwhile.
func (s live) settle(r *http.Request) bool {
	t := time.NewTimer(settleFor)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
	case <-s.feed.done:
	}
	return false
}

// shows is what a console of c shows of the queues: c's queues, and the
// help alerts if c is an advisor.
func (s live) shows(c queue.Clerk) ([]string, bool) {
	var ids []string
	s.eng.Read(func(st *queue.State) {
		for _, sv := range authz.Services(st, c) {
			ids = append(ids, sv.ID)
		}
	})
	return ids, authz.May(c, queue.RoleAdvisor)
}

// liveConn is one open stream.
type liveConn struct {
	s     live
	r     *http.Request
	token string
	c     queue.Clerk // the user, as the last update found them
	t     target
	shown map[uint64]bool // visits whose personal data the stream last showed
	sent  sent            // what the page shows now
}

// catchUp makes the stream's picture of the page: what the page was made
// with if the queues have not changed since, else the page anew.
func (lc *liveConn) catchUp(w http.ResponseWriter, since string) bool {
	if n, err := strconv.ParseUint(since, 10, 64); err == nil && n >= lc.s.changed.Load() {
		_, err := lc.update(notice{})
		return err == nil
	}
	return lc.push(w, notice{})
}

// push sends the parts of the page that changed for the stream's user; a
// user logged out or disabled meanwhile is told so and the stream ends.
func (lc *liveConn) push(w http.ResponseWriter, n notice) bool {
	u, err := lc.update(n)
	switch {
	case errors.Is(err, errStreamUser):
		fmt.Fprint(w, "event: logout\ndata: {}\n\n")
		return false
	case err != nil:
		lc.s.opts.Logger.Error("live render failed", "page", lc.t.path, "err", err)
		return false
	case u.empty():
		return true
	}
	msg, _ := json.Marshal(u)
	fmt.Fprintf(w, "event: update\ndata: %s\n\n", msg)
	return true
}

// update builds the page's data under the engine's lock, then renders,
// outside it, the parts that differ from what the stream sent.
func (lc *liveConn) update(n notice) (update, error) {
	se, ok := lc.s.sess.Peek(lc.token)
	c, known := lc.s.clerk(se)
	if !ok || !known {
		return update{}, errStreamUser
	}
	lc.c = c
	def := pages[lc.t.path]
	v := view{page: lc.s.frame(lc.r, se, c, lc.t, def), se: se, c: c, t: lc.t}
	data, seen := def.build(lc.s.deps, v)
	lc.s.recordAccess(c, lc.fresh(seen), "console")
	u := update{Say: lc.s.sayTo(c, n, v)}
	if d, isConsole := data.(consoleData); isConsole {
		return u, lc.sent.console(lc.s.tpl, &u, d)
	}
	return u, lc.sent.part(lc.s.tpl, &u, "live", def.live, data)
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
