package portal

import (
	"net/http"
	"slices"
	"strings"
	"time"

	"vuoro/hub/webkit"
	"vuoro/shared/i18n"
)

var languages = []string{"fi", "sv", "en"}

// langCookie keeps the reader's choice of language.
func langCookie(path string, secure bool) webkit.Cookie {
	return webkit.Cookie{Name: "vuoro_lang", Path: path + "/", MaxAge: 365 * 24 * time.Hour, SameSite: http.SameSiteLaxMode,
		Secure: secure}
}

// lang is the page language: the user's choice, else the browser's first
// of FI/SV/EN, else Finnish.
func (p *Portal) lang(r *http.Request) i18n.Lang { return p.site.Langs.Of(r) }

// setLang stores the chosen language and goes back to the page.
func (p *Portal) setLang(w http.ResponseWriter, r *http.Request) {
	if l, ok := i18n.Parse(r.PathValue("lang")); ok {
		p.site.Langs.Remember(w, l)
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
