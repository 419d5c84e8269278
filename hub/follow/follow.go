package follow

import (
	"embed"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/webkit"
	"vuoro/shared/i18n"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options configure the citizen's pages.
type Options struct {
	Eng    *queue.Engine
	Keys   Keys
	Source Source // nil: EngineSource over Eng
	Now    func() time.Time
	// SecureCookies marks the language cookie Secure (served over HTTPS).
	SecureCookies bool
	Logger        *slog.Logger
}

// Prefixes are the paths the pages are served under; the hub mounts the
// Handler on each.
var Prefixes = []string{"/follow/", "/join/", "/follow-static/"}

// Handler serves the follow and join pages.
type Handler struct {
	o    Options
	site *webkit.Site
	tpl  *template.Template
	feed *feed
	h    http.Handler
}

// New makes the pages and starts following the engine for the live ones.
func New(o Options) *Handler {
	if o.Source == nil {
		o.Source = EngineSource{Eng: o.Eng}
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	lang := webkit.Cookie{Name: "vuoro_follow_lang", Path: "/", MaxAge: 365 * 24 * time.Hour,
		SameSite: http.SameSiteLaxMode, Secure: o.SecureCookies}
	h := &Handler{o: o, feed: newFeed(),
		site: &webkit.Site{CSP: "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
			Langs: webkit.Languages{Cookie: lang, Browser: true}, Home: "/", Style: "/follow-static/follow.css", Logger: o.Logger},
		tpl: template.Must(template.New("").Funcs(template.FuncMap{"t": t}).ParseFS(templateFS, "templates/*.html"))}
	o.Eng.Observe(h.feed.observe)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /follow/{token}", h.serveFollow)
	mux.HandleFunc("GET /follow/{token}/events", h.serveEvents)
	mux.HandleFunc("POST /follow/{token}/leave", h.serveLeave)
	mux.HandleFunc("GET /join/{code}", h.serveScan)
	mux.HandleFunc("GET /join/p/{pass}", h.serveJoin)
	mux.HandleFunc("POST /join/p/{pass}", h.serveIssue)
	static, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET /follow-static/", h.site.Static("/follow-static/", static))
	h.h = h.site.Handler(mux)
	return h
}

// ServeHTTP serves the pages.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.h.ServeHTTP(w, r) }

// Close ends the live streams, so that a server's Shutdown does not wait
// for them.
func (h *Handler) Close() { h.feed.close() }

// page is what every page template gets.
type page struct {
	Lang  i18n.Lang
	Langs []i18n.Lang
	Title string
	Path  string // the page's own address, for the language links
}

func (h *Handler) page(r *http.Request, titleKey string) page {
	lang := h.site.Langs.Of(r)
	return page{Lang: lang, Langs: i18n.Langs, Title: t(lang, titleKey), Path: r.URL.Path}
}

func (h *Handler) render(w http.ResponseWriter, r *http.Request, code int, name string, data any) {
	h.site.Render(w, h.site.Langs.Of(r), code, h.tpl, name, data)
}
