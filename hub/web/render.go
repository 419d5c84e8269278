package web

import (
	"bytes"
	"encoding/json"
	"html/template"
	"net/http"
	"net/url"

	"vuoro/hub/queue"
)

var funcs = template.FuncMap{"query": url.QueryEscape, "role": roleName}

func roleName(r queue.Role) string {
	switch r {
	case queue.RoleAdvisor:
		return "palveluneuvoja"
	case queue.RoleAdmin:
		return "pääkäyttäjä"
	}
	return "virkailija"
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
