package web

import (
	"errors"
	"io"
	"net/http"
	"net/url"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
)

// actionRoutes run the actions of hub/web/action from the console's forms
// and from the API.
type actionRoutes struct{ *deps }

// form runs the action a console form posts to /console/{action}, then
// shows the page the form came from: after a redirect with a note of what
// was done, or at once with why it was not.
func (s actionRoutes) form(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk) {
	a, ok := action.Lookup(r.PathValue("action"))
	if !ok {
		s.site.Error(w, r, http.StatusNotFound)
		return
	}
	req, err := requestOf(a, r)
	if a.RoomFromSession && r.PostForm.Get("room") == "" {
		action.Set(req, "room", s.roomOf(c.Login).Room)
	}
	back := backOf(r, r.PostForm.Get("service"))
	var out action.Outcome
	if err == nil {
		out, err = a.Do(s.act, c, req)
	}
	if err != nil {
		s.failed(a.Name, err)
		s.renderPage(w, r, se, c, back, status(err), errText(s.lang(r), err))
		return
	}
	s.sess.Update(se.Token, func(d *clerkData) { d.Flash = out.Note })
	http.Redirect(w, r, back.String(), http.StatusSeeOther)
}

// run runs the action a form posts, for a page that answers with its
// outcome rather than a redirect.
func (s actionRoutes) run(name string, r *http.Request, c queue.Clerk) (action.Outcome, error) {
	a, _ := action.Lookup(name)
	req, err := requestOf(a, r)
	var out action.Outcome
	if err == nil {
		out, err = a.Do(s.act, c, req)
	}
	if err != nil {
		s.failed(name, err)
	}
	return out, err
}

// runShown runs the action a form posts for a page that shows its
// outcome: when it fails, it answers with the page at path saying why.
func (s actionRoutes) runShown(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk, name, path string) (action.Outcome, view, bool) {
	out, err := s.run(name, r, c)
	v := s.viewOf(r, se, c, target{path: path})
	if err != nil {
		v.Error = errText(v.Lang, err)
		s.renderView(w, status(err), v)
	}
	return out, v, err == nil
}

// requestOf reads an action's request from a posted form.
func requestOf(a *action.Action, r *http.Request) (any, error) {
	req := a.New()
	if err := r.ParseMultipartForm(maxUpload); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		return req, action.ErrField
	}
	if err := a.FromForm(req, r.PostForm); err != nil {
		return req, err
	}
	return req, uploads(req, r)
}

// maxUpload is the largest file a console form uploads.
const maxUpload = 4 << 20

// uploads sets the fields of req named by a form's file inputs to the
// files' text (an .ics file to import).
func uploads(req any, r *http.Request) error {
	if r.MultipartForm == nil {
		return nil
	}
	for name, files := range r.MultipartForm.File {
		f, err := files[0].Open()
		if err != nil {
			return action.ErrField
		}
		b, err := io.ReadAll(io.LimitReader(f, maxUpload))
		f.Close()
		if err != nil {
			return action.ErrField
		}
		if err := action.Set(req, name, string(b)); err != nil {
			return err
		}
	}
	return nil
}

// failed logs an action that failed for a reason other than the user's.
func (s actionRoutes) failed(action string, err error) {
	if status(err) == http.StatusInternalServerError {
		s.opts.Logger.Error("console action failed", "action", action, "err", err)
	}
}

// backOf is the page a form came from: its "back" field if it names a
// console page, or the console's tab of service.
func backOf(r *http.Request, service string) target {
	if u, err := url.Parse(r.PostFormValue("back")); err == nil && u.Scheme == "" && u.Host == "" {
		if _, ok := pages[u.Path]; ok {
			return target{u.Path, u.Query()}
		}
	}
	q := url.Values{}
	if service != "" {
		q.Set("service", service)
	}
	return target{"/console", q}
}

// chooseRoom opens the service point the user works at: their previous
// one closes, and a clerk who left this one without closing it is taken
// over (queue.Engine.OpenRoom).
func (s actionRoutes) chooseRoom(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk) {
	room := r.PostFormValue("room")
	var ok bool
	s.eng.Read(func(st *queue.State) { _, ok = st.Room(room) })
	back := backOf(r, r.PostFormValue("service"))
	if !ok {
		s.renderPage(w, r, se, c, back, http.StatusBadRequest, tr(s.lang(r), "err.unknown_room"))
		return
	}
	if err := s.eng.OpenRoom(c.Login, room); err != nil {
		s.failed("room", err)
		s.renderPage(w, r, se, c, back, status(err), errText(s.lang(r), err))
		return
	}
	s.sess.Update(se.Token, func(d *clerkData) { d.Flash = action.Say("done.room", room) })
	http.Redirect(w, r, back.String(), http.StatusSeeOther)
}

// roomOf is the room session of a user; zero when they have none open.
func (s *deps) roomOf(login string) queue.RoomSession {
	var rs queue.RoomSession
	s.eng.Read(func(st *queue.State) { rs, _ = st.ClerkRoom(login) })
	return rs
}
