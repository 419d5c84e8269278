package portal

import (
	"html/template"
	"net/http"
	"time"

	"vuoro/hub/voucher"
	"vuoro/shared/hetu"
	"vuoro/shared/i18n"
)

// page is what every page's layout needs.
type page struct {
	Lang, Title, Base, CSRF, Path string
	Role                          string // "staff", "provider", "citizen" or ""
	Who                           string // the logged-in user's name
	ActFor                        string // a citizen acting for someone else: their name
	Error, Notice                 string // message keys
}

func (pg page) language() string { return pg.Lang }

type localized interface{ language() string }

var roles = map[kind]string{kindStaff: "staff", kindProvider: "provider", kindCitizen: "citizen"}

// page fills the layout's data for a request.
func (p *Portal) page(r *http.Request, se session, title string) page {
	pg := page{Lang: string(p.lang(r)), Title: title, Base: p.path, CSRF: se.CSRF, Path: r.URL.Path, Role: roles[se.Data.Kind]}
	switch se.Data.Kind {
	case kindStaff, kindProvider:
		pg.Who = p.userName(se)
	case kindCitizen:
		pg.Who = se.Data.Person.Name
		pg.ActFor = p.actingName(se)
	}
	return pg
}

func parseTemplates() map[string]*template.Template {
	base := template.Must(template.New("").Funcs(funcs("fi")).ParseFS(templateFS, "templates/*.html"))
	out := map[string]*template.Template{}
	for _, l := range languages {
		out[l] = template.Must(base.Clone()).Funcs(funcs(l))
	}
	return out
}

func funcs(lang string) template.FuncMap {
	return template.FuncMap{
		"t":       func(key string) string { return text(lang, key) },
		"euros":   func(c voucher.Cents) string { return c.Euros(lang) },
		"date":    func(t time.Time) string { return formatDate(lang, t) },
		"iso":     func(t time.Time) string { return t.Format(time.DateOnly) },
		"service": func(id string) string { s, _ := voucher.Service(id); return s.Name(lang) },
		"masked":  masked,
		"desc":    func(m map[string]string) string { return pick(m, lang) },
		"seq":     seq,
		"dict":    dict,
		"langs":   func() []langName { return langNames },
	}
}

func formatDate(lang string, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if lang == "en" {
		return t.Format("2 Jan 2006")
	}
	return t.Format("2.1.2006")
}

// masked shows a personal identity code as its date of birth only.
func masked(code string) string {
	id, err := hetu.Parse(code)
	if err != nil {
		return ""
	}
	return id.String()
}

func pick(m map[string]string, lang string) string {
	if v, ok := m[lang]; ok {
		return v
	}
	return m["fi"]
}

// render sends a page in its language; a failing template sends the
// error page instead of half a page.
func (p *Portal) render(w http.ResponseWriter, code int, name string, data localized) {
	lang := data.language()
	p.site.Render(w, i18n.Lang(lang), code, p.tpl[lang], name, data)
}

// fail shows an error page with a message key.
func (p *Portal) fail(w http.ResponseWriter, r *http.Request, code int, key string) {
	se, _ := p.session(r)
	pg := p.page(r, se, "err.title")
	pg.Error = key
	p.render(w, code, "error.html", pg)
}

func (p *Portal) redirect(w http.ResponseWriter, r *http.Request, path string) {
	http.Redirect(w, r, p.path+path, http.StatusSeeOther)
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i + 1
	}
	return out
}

// dict makes a map of key, value pairs for a sub-template.
func dict(kv ...any) map[string]any {
	m := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	return m
}

type langName struct{ Code, Name string }

// langNames are the language switch's entries, each in its own language.
var langNames = []langName{{"fi", "Suomeksi"}, {"sv", "På svenska"}, {"en", "In English"}}
