package web

import (
	"time"

	"vuoro/hub/web/action"
	"vuoro/hub/webkit"
)

// A console login lasts 8 hours unused and 12 hours at most.
const (
	sessionIdle     = 8 * time.Hour
	sessionAbsolute = 12 * time.Hour
)

// clerkData is what a console session keeps: the login, and what the
// last action did, shown once and never stored. The service point the
// clerk works at is the engine's (queue.State.ClerkRoom): it outlives the
// session, and the day close or another clerk may end it.
type clerkData struct {
	Login string      `json:"login"`
	Flash action.Note `json:"-"`
}

// session is a logged-in user, in a browser or an API client.
type session = webkit.Session[clerkData]

func newSessions(o Options, st webkit.SessionStore) *webkit.Sessions[clerkData] {
	return webkit.NewSessions[clerkData](webkit.SessionOptions{Store: st, Idle: sessionIdle, Absolute: sessionAbsolute,
		Now: o.Now, Logger: o.Logger})
}

// takeFlash returns the session's flash and clears it.
func takeFlash(sess *webkit.Sessions[clerkData], token string) action.Note {
	var n action.Note
	sess.Update(token, func(d *clerkData) { n, d.Flash = d.Flash, action.Note{} })
	return n
}

// endSessions ends every session of a login.
func endSessions(sess *webkit.Sessions[clerkData], login string) {
	sess.DeleteWhere(func(d clerkData) bool { return d.Login == login })
}
