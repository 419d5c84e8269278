package web

import (
	"embed"
	"encoding/json"
	"fmt"

	"vuoro/hub/web/action"
	"vuoro/shared/i18n"
)

//go:embed i18n/*.json
var catalogFS embed.FS

// catalog holds the console's texts by language and key, from i18n/*.json.
// Every key has a text in every language with the same format verbs
// (catalog_test.go checks both, and that every key the code and the
// templates use exists).
var catalog = loadCatalog()

func loadCatalog() map[i18n.Lang]map[string]string {
	out := map[i18n.Lang]map[string]string{}
	for _, l := range i18n.Langs {
		b, err := catalogFS.ReadFile("i18n/" + string(l) + ".json")
		if err != nil {
			panic(err)
		}
		m := map[string]string{}
		if err := json.Unmarshal(b, &m); err != nil {
			panic(fmt.Sprintf("web: catalogue %s: %v", l, err))
		}
		out[l] = m
	}
	return out
}

// tr returns the text of key in lang, formatted with args. A missing text
// falls back to Finnish, then to a visible marker.
func tr(lang i18n.Lang, key string, args ...any) string {
	f, ok := catalog[lang][key]
	if !ok {
		f, ok = catalog[i18n.Default][key]
	}
	if !ok {
		return "!" + key
	}
	if len(args) == 0 {
		return f
	}
	return fmt.Sprintf(f, args...)
}

// noteText is a note of an action or an event in the reader's language.
func noteText(lang i18n.Lang, n action.Note) string {
	if n.Key == "" {
		return ""
	}
	args := make([]any, len(n.Args))
	for i, a := range n.Args {
		if l, ok := a.(localized); ok {
			a = nameIn(l, lang, "")
		}
		args[i] = a
	}
	return tr(lang, n.Key, args...)
}

// localized is an argument of a note given in every language: a queue's
// names.
type localized map[string]string
