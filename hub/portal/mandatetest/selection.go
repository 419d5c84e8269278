package mandatetest

import (
	"crypto/rand"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
)

// words are the selection page's texts in fi, sv and en.
var words = map[string][6]string{
	"fi": {"Suomi.fi-valtuudet (testi)", "Valitse, kenen puolesta asioit", "Jatka", "Peruuta ja palaa asiointipalveluun",
		"Sinulla ei ole voimassa olevia valtuuksia.", "Kukaan ei ole valtuuttanut sinua Suomi.fi-valtuuksissa."},
	"sv": {"Suomi.fi-fullmakter (test)", "Välj för vem du sköter ärenden", "Fortsätt", "Avbryt och återvänd till e-tjänsten",
		"Du har inga giltiga fullmakter.", "Ingen har befullmäktigat dig i Suomi.fi-fullmakter."},
	"en": {"Suomi.fi e-Authorizations (test)", "Choose whom you act for", "Continue", "Cancel and return to the service",
		"You have no valid mandates.", "Nobody has authorised you in Suomi.fi e-Authorizations."},
}

var page = template.Must(template.New("").Parse(`<!doctype html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{{index .W 0}}</title></head><body><main>
<h1>{{index .W 0}}</h1>
<form method="post" action="authorize">
<input type="hidden" name="user" value="{{.User}}">
{{if .People}}<fieldset><legend>{{index .W 1}}</legend>
{{range $i, $m := .People}}<div><input type="radio" required id="p{{$i}}" name="who" value="{{$i}}"><label for="p{{$i}}">{{$m.PrincipalName}}</label></div>
{{end}}</fieldset>
<p><button type="submit">{{index .W 2}}</button></p>
{{else}}<p role="alert">{{index .W 4}} {{index .W 5}}</p>{{end}}
<p><button type="submit" name="who" value="cancel" formnovalidate>{{index .W 3}}</button></p>
</form></main></body></html>
`))

type selectionData struct {
	Lang   string
	W      [6]string
	User   string
	People []Mandate
}

// selection is the page where the delegate picks a principal among those
// who authorised them in anything; the issue is checked afterwards by the
// service, as at Suomi.fi.
func (s *Server) selection(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	se, ok := s.byUser(q.Get("user"))
	if !ok || q.Get("client_id") != s.o.ClientID || q.Get("response_type") != "code" || !absolute(q.Get("redirect_uri")) {
		http.Error(w, "invalid request", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	se.redirect = q.Get("redirect_uri")
	s.mu.Unlock()
	lang := q.Get("lang")
	if _, ok := words[lang]; !ok {
		lang = "fi"
	}
	d := selectionData{Lang: lang, W: words[lang], User: se.user, People: s.principalsOf(se.delegate)}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	page.Execute(w, d)
}

// choose sends the browser back to the service with a code, or with
// error=access_denied when the person cancels (inferred: the standard
// OAuth 2.0 answer; Suomi.fi's pages offer the same return link to a
// person without mandates).
func (s *Server) choose(w http.ResponseWriter, r *http.Request) {
	se, ok := s.byUser(r.PostFormValue("user"))
	if !ok || se.redirect == "" {
		http.Error(w, "invalid request", http.StatusBadRequest)
		return
	}
	people := s.principalsOf(se.delegate)
	i, err := strconv.Atoi(r.PostFormValue("who"))
	if err != nil || i < 0 || i >= len(people) {
		http.Redirect(w, r, se.redirect+"?error=access_denied", http.StatusSeeOther)
		return
	}
	s.mu.Lock()
	se.principal, se.code = &people[i], rand.Text()
	code := se.code
	s.mu.Unlock()
	http.Redirect(w, r, se.redirect+"?"+url.Values{"code": {code}}.Encode(), http.StatusSeeOther)
}

func (s *Server) byUser(user string) (*session, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, se := range s.sessions {
		if user != "" && se.user == user {
			return se, true
		}
	}
	return nil, false
}

func (s *Server) principalsOf(delegate string) (out []Mandate) {
	for _, m := range s.o.Mandates {
		if m.Delegate == delegate {
			out = append(out, m)
		}
	}
	return out
}

func absolute(u string) bool {
	p, err := url.Parse(u)
	return err == nil && p.IsAbs() && p.RawQuery == ""
}
