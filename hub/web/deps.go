package web

import (
	"html/template"
	"net/http"
	"slices"
	"sync/atomic"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
	"vuoro/hub/web/authz"
	"vuoro/hub/webkit"
	"vuoro/shared/i18n"
)

// deps is what every part of the console shares: the engine and the data
// file, the sessions, the frame and the templates. Each part (the queue
// view, the admin pages, the log, the logins, the live streams, the
// actions' routes, the API's reads) is a small type over it.
type deps struct {
	eng     *queue.Engine
	store   Store
	opts    Options
	sess    *webkit.Sessions[clerkData]
	cookie  webkit.Cookie // the session's
	limit   *webkit.Limiter
	site    *webkit.Site
	feed    *feed
	changed atomic.Uint64 // the last event that changed what a console shows
	tpl     *template.Template
	act     *action.Deps
}

// lang returns the language the reader chose (?lang= or the cookie),
// Finnish by default.
func (s *deps) lang(r *http.Request) i18n.Lang { return s.site.Langs.Of(r) }

// render sends a page of the console's templates; a failing template
// sends the error page instead of half a page.
func (s *deps) render(w http.ResponseWriter, lang i18n.Lang, code int, name string, data any) {
	s.site.Render(w, lang, code, s.tpl, name, data)
}

// clerk returns the user behind a session; a disabled user has none.
func (s *deps) clerk(se session) (queue.Clerk, bool) {
	var c queue.Clerk
	var ok bool
	s.eng.Read(func(st *queue.State) { c, ok = st.Clerks[se.Data.Login] })
	return c, ok
}

// inScope reports whether service is one of c's queues.
func (s *deps) inScope(c queue.Clerk, service string) bool {
	var ok bool
	s.eng.Read(func(st *queue.State) { ok = authz.Allowed(st, c, service) })
	return ok
}

// recordAccess logs that c was shown the personal data of the visits,
// once a visit however often a page shows it. The log line names the
// visit only, never the data.
func (s *deps) recordAccess(c queue.Clerk, tickets []uint64, where string) {
	slices.Sort(tickets)
	for _, id := range slices.Compact(tickets) {
		if err := s.eng.RecordAccess(authz.Actor(c), id, where); err != nil {
			s.opts.Logger.Error("personal data access not recorded", "ticket", id, "login", c.Login, "err", err)
		}
	}
}
