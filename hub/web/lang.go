package web

import (
	"net/url"

	"vuoro/shared/i18n"
)

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
