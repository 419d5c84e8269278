package web

import (
	"net/http"
	"net/url"

	"vuoro/shared/i18n"
)

const langCookie = "vuoro_console_lang"

// langOf returns the language the reader chose, Finnish by default.
func langOf(r *http.Request) i18n.Lang {
	if ck, err := r.Cookie(langCookie); err == nil {
		if l, ok := i18n.Parse(ck.Value); ok {
			return l
		}
	}
	return i18n.Default
}

// switchLang serves a language link, any GET with ?lang=sv: it keeps the
// choice in a cookie and redirects to the same address without it.
func (s *Server) switchLang(w http.ResponseWriter, r *http.Request) bool {
	code := r.URL.Query().Get("lang")
	if r.Method != http.MethodGet || code == "" {
		return false
	}
	if l, ok := i18n.Parse(code); ok {
		http.SetCookie(w, &http.Cookie{Name: langCookie, Value: string(l), Path: "/", MaxAge: 365 * 24 * 3600,
			HttpOnly: true, Secure: s.opts.SecureCookies, SameSite: http.SameSiteStrictMode})
	}
	u := *r.URL
	q := u.Query()
	q.Del("lang")
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.RequestURI(), http.StatusSeeOther)
	return true
}

// langLink is one entry of the language switch, named in its own language.
type langLink struct {
	Code    i18n.Lang
	Label   string
	Href    string
	Current bool
}

var langNames = map[i18n.Lang]string{i18n.FI: "Suomi", i18n.SV: "Svenska", i18n.EN: "English"}

// langLinks links the page at target (a path and query) in each language.
func langLinks(target string, current i18n.Lang) []langLink {
	u, err := url.Parse(target)
	if err != nil {
		u = &url.URL{Path: "/console"}
	}
	var out []langLink
	for _, l := range i18n.Langs {
		q := u.Query()
		q.Set("lang", string(l))
		out = append(out, langLink{Code: l, Label: langNames[l], Href: u.Path + "?" + q.Encode(), Current: l == current})
	}
	return out
}
