package web

import (
	"slices"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// The states of a service point on the oversight view.
const (
	roomOpen    = "open"    // a clerk is there, free to call
	roomBreak   = "break"   // the clerk is on a break
	roomServing = "serving" // a visit is called in or served there
)

// roomWatch is one service point in use as the oversight view shows it. A
// long break is no alert: breaks are the clerks' right, and the queue's
// wait alert already tells when the queue suffers.
type roomWatch struct {
	ID, Name string
	Clerk    string // the name of the clerk working there
	State    string // roomOpen, roomBreak or roomServing
	CallID   string // the visit served, if serving
	Since    string // "10:14": the visit was called, the break began, or the room opened or came back from a break
	Minutes  int    // since then
}

// point is a room in use: the clerk's session there, and the visit
// served there. A room may have a visit without a session (its clerk
// logged out during the visit).
type point struct {
	room    queue.Room
	session queue.RoomSession
	open    bool // session is a clerk's session there
	visit   queue.Ticket
	serving bool // visit is in progress there
}

// points returns the rooms in use, in the site's order of rooms.
func points(st *queue.State) []point {
	var out []point
	for _, r := range st.Rooms {
		p := point{room: r}
		p.session, p.open = st.RoomSession(r.ID)
		p.visit, p.serving = st.RoomVisit(r.ID)
		if p.open || p.serving {
			out = append(out, p)
		}
	}
	return out
}

// clerk is the login of who works at the point.
func (p point) clerk() string {
	if p.open {
		return p.session.Clerk
	}
	return p.visit.Clerk
}

// seenBy reports whether viewer c is shown the point: a site-wide user
// every point; another the points whose clerk shares an agency with
// them, and the points serving a visit of one of their queues.
func (p point) seenBy(st *queue.State, c queue.Clerk) bool {
	if authz.SiteWide(c) {
		return true
	}
	u := st.Clerks[p.clerk()]
	return authz.Overlaps(u.Agencies, c.Agencies) || p.serving && authz.Allowed(st, c, p.visit.Service)
}

// watchRoom measures the point at now.
func watchRoom(st *queue.State, p point, now time.Time) roomWatch {
	w := roomWatch{ID: p.room.ID, Name: p.room.Name, Clerk: clerkName(st, p.clerk())}
	since := p.session.Since
	switch {
	case p.serving:
		w.State, w.CallID, since = roomServing, p.visit.CallID, p.visit.Called
	case p.session.Paused:
		w.State = roomBreak
	default:
		w.State = roomOpen
	}
	w.Since = since.In(st.Location()).Format("15:04")
	w.Minutes = int(max(now.Sub(since), 0).Minutes())
	return w
}

// clerkName is the name of the user with login, or the login if the user
// has no name or is gone.
func clerkName(st *queue.State, login string) string {
	if u, ok := st.Clerks[login]; ok && u.Name != "" {
		return u.Name
	}
	return login
}

// staffing counts the clerks working on sv and those on a break. A clerk
// works on a queue while their room is open (a session of theirs, not on
// a break) and they either belong to the queue's agency or serve a visit
// of the queue in that room now; a clerk on a break is counted on the
// queues of their agencies. A clerk of every queue with no agency of their
// own counts only on the queue of the visit they serve.
func staffing(st *queue.State, sv queue.Service, pts []point) (working, onBreak int) {
	for _, p := range pts {
		if !p.open {
			continue
		}
		ofAgency := slices.Contains(st.Clerks[p.session.Clerk].Agencies, sv.Agency)
		switch {
		case p.session.Paused && ofAgency:
			onBreak++
		case !p.session.Paused && (ofAgency || p.serving && p.visit.Service == sv.ID):
			working++
		}
	}
	return working, onBreak
}
