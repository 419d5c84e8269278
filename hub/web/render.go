package web

import (
	"bytes"
	"encoding/json"
	"net/http"

	"vuoro/hub/queue"
	"vuoro/shared/i18n"
)

// page is what every page's template gets: the reader, their language and
// the frame around the content.
type page struct {
	Lang   i18n.Lang
	Title  string
	Clerk  queue.Clerk
	CSRF   string
	Flash  string
	Error  string
	Here   string // this page's address, for forms to come back to
	Langs  []langLink
	Nav    []navLink
	Rooms  []option // the room switch of the console pages
	Room   string
	Clock  string
	Date   string
	Zone   string
	Events string // the live stream's address; "" for none
}

// T returns a catalogue text in the page's language.
func (p page) T(key string, args ...any) string { return tr(p.Lang, key, args...) }

// option is an entry of a select or a list of choices.
type option struct {
	ID, Name string
	Selected bool
}

type navLink struct {
	Href, Label string
	Current     bool
}

// render executes a page template into a buffer first, so a failing
// template never sends half a page.
func (s *Server) render(w http.ResponseWriter, code int, name string, data any) {
	var b bytes.Buffer
	if err := s.tpl.ExecuteTemplate(&b, name, data); err != nil {
		s.opts.Logger.Error("render failed", "template", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	b.WriteTo(w)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}
