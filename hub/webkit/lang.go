package webkit

import (
	"net/http"
	"strings"

	"vuoro/shared/i18n"
)

// Languages negotiates a page's language among FI, SV and EN: the
// request's ?lang=, then the reader's choice kept in Cookie, then (with
// Browser) the browser's Accept-Language, else Finnish.
type Languages struct {
	Cookie  Cookie
	Browser bool
}

// Of returns the language of the page r asks for.
func (l Languages) Of(r *http.Request) i18n.Lang {
	if lang, ok := i18n.Parse(r.URL.Query().Get("lang")); ok {
		return lang
	}
	if lang, ok := i18n.Parse(l.Cookie.Value(r)); ok {
		return lang
	}
	if lang, ok := accepted(r); ok && l.Browser {
		return lang
	}
	return i18n.Default
}

// accepted is the browser's first language of FI/SV/EN.
func accepted(r *http.Request) (i18n.Lang, bool) {
	for part := range strings.SplitSeq(r.Header.Get("Accept-Language"), ",") {
		tag := strings.ToLower(strings.TrimSpace(part))
		if len(tag) < 2 {
			continue
		}
		if lang, ok := i18n.Parse(tag[:2]); ok {
			return lang, true
		}
	}
	return "", false
}

// Remember keeps the reader's choice of language.
func (l Languages) Remember(w http.ResponseWriter, lang i18n.Lang) { l.Cookie.Set(w, string(lang)) }

// Switch serves a language link, any GET with ?lang=sv: it keeps the
// choice and redirects to the same address without it.
func (l Languages) Switch(w http.ResponseWriter, r *http.Request) bool {
	code := r.URL.Query().Get("lang")
	if r.Method != http.MethodGet || code == "" {
		return false
	}
	if lang, ok := i18n.Parse(code); ok {
		l.Remember(w, lang)
	}
	u := *r.URL
	q := u.Query()
	q.Del("lang")
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.RequestURI(), http.StatusSeeOther)
	return true
}
