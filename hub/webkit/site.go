package webkit

import (
	"bytes"
	"html/template"
	"log/slog"
	"net/http"

	"vuoro/shared/i18n"
)

// Site is one web surface: the headers its responses carry, its
// languages and its error pages.
type Site struct {
	CSP   string // the Content-Security-Policy of every response
	Langs Languages
	Home  string // where an error page leads back to
	Style string // the stylesheet of the error pages, if any
	// API is a path prefix whose errors are JSON ({"error": …}); "" for none.
	API string
	// Bypass are ServeMux patterns that take cross-site POSTs, such as a
	// SAML assertion consumer; they must check what they get themselves.
	Bypass []string
	Logger *slog.Logger
}

// Handler serves mux with the security headers, the language switch
// (?lang=), cross-origin protection for every unsafe request, and the
// error pages for addresses mux does not serve.
func (s *Site) Handler(mux *http.ServeMux) http.Handler {
	if s.Logger == nil {
		s.Logger = slog.Default()
	}
	cop := http.NewCrossOriginProtection()
	for _, p := range s.Bypass {
		cop.AddInsecureBypassPattern(p)
	}
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.Logger.Warn("cross-origin request refused", "method", r.Method, "path", r.URL.Path)
		s.Error(w, r, http.StatusForbidden)
	}))
	inner := cop.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h, pattern := mux.Handler(r); pattern == "" {
			s.unmatched(w, r, h)
			return
		}
		mux.ServeHTTP(w, r)
	}))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.headers(w.Header())
		if !s.Langs.Switch(w, r) {
			inner.ServeHTTP(w, r)
		}
	})
}

func (s *Site) headers(h http.Header) {
	h.Set("Content-Security-Policy", s.CSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("X-Frame-Options", "DENY")
}

// unmatched answers a request no pattern serves: mux's own answer tells
// 404 from 405 (and its Allow header), the site's page says it.
func (s *Site) unmatched(w http.ResponseWriter, r *http.Request, h http.Handler) {
	rec := &statusOnly{header: http.Header{}, code: http.StatusNotFound}
	h.ServeHTTP(rec, r)
	if allow := rec.header.Get("Allow"); allow != "" {
		w.Header().Set("Allow", allow)
	}
	s.Error(w, r, rec.code)
}

// statusOnly keeps a handler's status and headers, not its body.
type statusOnly struct {
	header http.Header
	code   int
}

func (s *statusOnly) Header() http.Header         { return s.header }
func (s *statusOnly) Write(b []byte) (int, error) { return len(b), nil }
func (s *statusOnly) WriteHeader(code int)        { s.code = code }

// Render executes a page template into a buffer first, so a failing
// template never sends half a page: it is logged, and the reader gets the
// error page in lang.
func (s *Site) Render(w http.ResponseWriter, lang i18n.Lang, code int, t *template.Template, name string, data any) {
	if !s.send(w, code, t, name, data) {
		s.errorPage(w, lang, http.StatusInternalServerError)
	}
}

func (s *Site) send(w http.ResponseWriter, code int, t *template.Template, name string, data any) bool {
	var b bytes.Buffer
	if err := t.ExecuteTemplate(&b, name, data); err != nil {
		s.Logger.Error("render failed", "template", name, "err", err)
		return false
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	b.WriteTo(w)
	return true
}
