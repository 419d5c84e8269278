package portal

import (
	"net/http"
	"slices"
	"strings"
)

var languages = []string{"fi", "sv", "en"}

const langCookie = "vuoro_lang"

// language is the page language: the user's choice, else the browser's
// first of FI/SV/EN, else Finnish.
func language(r *http.Request) string {
	if ck, err := r.Cookie(langCookie); err == nil && slices.Contains(languages, ck.Value) {
		return ck.Value
	}
	for _, part := range strings.Split(r.Header.Get("Accept-Language"), ",") {
		l := strings.ToLower(strings.TrimSpace(part))
		if len(l) >= 2 && slices.Contains(languages, l[:2]) {
			return l[:2]
		}
	}
	return "fi"
}

// setLang stores the chosen language and goes back to the page.
func (p *Portal) setLang(w http.ResponseWriter, r *http.Request) {
	l := r.PathValue("lang")
	if slices.Contains(languages, l) {
		http.SetCookie(w, &http.Cookie{Name: langCookie, Value: l, Path: p.path + "/", MaxAge: 365 * 24 * 3600,
			SameSite: http.SameSiteLaxMode, Secure: p.opts.SecureCookies})
	}
	next := r.URL.Query().Get("next")
	if !strings.HasPrefix(next, p.path+"/") || strings.HasPrefix(next, "//") {
		next = p.path + "/"
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
}

// text is the message key in lang; the key itself when missing, which
// a test catches.
func text(lang, key string) string {
	m, ok := messages[key]
	if !ok {
		return key
	}
	return m[slices.Index(languages, lang)]
}
