package follow

import (
	"errors"
	"net/http"

	"vuoro/hub/queue"
)

// followData is the follow page's and its live part's data.
type followData struct {
	page
	Token   string
	CSRF    string
	V       View
	Service string
	State   string // the line that says where the visit is
	Detail  string // what to do, or the wait
	Open    bool   // the visit goes on: the page offers "I am leaving"
	Called  bool
	Reasons []queue.LeaveReason
}

func (h *Handler) followData(r *http.Request, v View) followData {
	d := followData{page: h.page(r, "follow.title"), Token: r.PathValue("token"), V: v, Open: v.Status.Open(),
		Reasons: queue.LeaveReasons}
	d.CSRF = h.o.Keys.formToken("leave " + d.Token)
	d.Service = name(v.Service, d.Lang)
	d.State, d.Detail = h.where(d, v)
	return d
}

// where says in words where the visit is.
func (h *Handler) where(d followData, v View) (string, string) {
	l := d.Lang
	switch v.Status {
	case queue.Waiting:
		wait := t(l, "nowait")
		if v.WaitMax > 0 {
			wait = t(l, "wait", int(v.WaitMin.Minutes()), int(v.WaitMax.Minutes()+0.5))
		}
		if v.Ahead == 0 {
			return t(l, "next"), wait
		}
		return t(l, "ahead", v.Ahead), wait
	case queue.Called:
		return t(l, "called", v.Room), t(l, "called.go", v.Room)
	case queue.Serving:
		return t(l, "serving", v.Room), ""
	case queue.Held:
		return t(l, "held"), ""
	}
	if len(v.Note) > 5 && v.Note[:5] == "left:" {
		return t(l, "left"), ""
	}
	return t(l, "ended"), ""
}

func (h *Handler) serveFollow(w http.ResponseWriter, r *http.Request) {
	v, ok := h.o.Source.Lookup(r.PathValue("token"))
	if !ok {
		h.notFound(w, r)
		return
	}
	d := h.followData(r, v)
	d.Called = v.Status == queue.Called
	h.render(w, r, http.StatusOK, "follow.html", d)
}

// serveLeave is "I am leaving": the first POST asks to confirm, the
// second (confirm=yes) ends the visit as an engine event.
func (h *Handler) serveLeave(w http.ResponseWriter, r *http.Request) {
	token := r.PathValue("token")
	v, ok := h.o.Source.Lookup(token)
	if !ok {
		h.notFound(w, r)
		return
	}
	if !h.o.Keys.formOK("leave "+token, r.PostFormValue("csrf")) {
		h.site.Error(w, r, http.StatusForbidden)
		return
	}
	reason := queue.LeaveReason(r.PostFormValue("reason"))
	d := h.followData(r, v)
	if r.PostFormValue("confirm") != "yes" {
		d.Title, d.Path = t(d.Lang, "confirm.title"), "/follow/"+token
		h.render(w, r, http.StatusOK, "confirm.html", struct {
			followData
			Reason queue.LeaveReason
		}{d, reason})
		return
	}
	if _, err := h.o.Eng.Leave("follow", v.Visit, reason); err != nil {
		if !errors.Is(err, queue.ErrTransition) && !errors.Is(err, queue.ErrInvalid) {
			h.o.Logger.Error("follow: leave", "visit", v.Visit, "err", err)
			h.site.Error(w, r, http.StatusInternalServerError)
			return
		}
	}
	http.Redirect(w, r, "/follow/"+token, http.StatusSeeOther)
}

func (h *Handler) notFound(w http.ResponseWriter, r *http.Request) {
	h.message(w, r, http.StatusNotFound, "notfound", "notfound.text")
}

// message is a page of a title and a text.
func (h *Handler) message(w http.ResponseWriter, r *http.Request, code int, title, text string) {
	d := h.page(r, title)
	h.render(w, r, code, "message.html", struct {
		page
		Text string
	}{d, t(d.Lang, text)})
}
