package webkit

import (
	"embed"
	"encoding/json"
	"html/template"
	"net/http"
	"slices"
	"strings"

	"vuoro/shared/i18n"
)

//go:embed templates/error.html
var errorFS embed.FS

var errorTpl = template.Must(template.ParseFS(errorFS, "templates/error.html"))

// errorTexts are an error page's title and sentence, in FI, SV and EN.
var errorTexts = map[int][2][3]string{
	http.StatusForbidden: {{"Pääsy estetty", "Åtkomst nekad", "Access denied"},
		{"Pyyntö hylättiin. Palaa sivulle ja yritä uudelleen.", "Begäran avvisades. Gå tillbaka till sidan och försök igen.", "The request was refused. Go back to the page and try again."}},
	http.StatusNotFound: {{"Sivua ei löytynyt", "Sidan hittades inte", "Page not found"},
		{"Tässä osoitteessa ei ole sivua.", "Det finns ingen sida på den här adressen.", "There is no page at this address."}},
	http.StatusMethodNotAllowed: {{"Pyyntö ei käy tähän osoitteeseen", "Begäran passar inte den här adressen", "Method not allowed"},
		{"Tämä osoite ei ota vastaan tällaista pyyntöä.", "Den här adressen tar inte emot en sådan begäran.", "This address does not take such a request."}},
	http.StatusInternalServerError: {{"Virhe", "Fel", "Error"},
		{"Toiminto epäonnistui. Yritä hetken kuluttua uudelleen.", "Åtgärden misslyckades. Försök igen om en stund.", "That failed. Please try again in a moment."}},
}

var backTexts = [3]string{"Etusivulle", "Till startsidan", "To the front page"}

type errorPage struct {
	Lang                           i18n.Lang
	Title, Text, Home, Back, Style string
}

// Error answers r with the error page of code in the reader's language,
// or, under the site's API prefix, with {"error": …}.
func (s *Site) Error(w http.ResponseWriter, r *http.Request, code int) {
	if s.API != "" && strings.HasPrefix(r.URL.Path, s.API) {
		WriteJSON(w, code, map[string]string{"error": strings.ToLower(http.StatusText(code))})
		return
	}
	s.errorPage(w, s.Langs.Of(r), code)
}

func (s *Site) errorPage(w http.ResponseWriter, lang i18n.Lang, code int) {
	t, ok := errorTexts[code]
	if !ok {
		t = errorTexts[http.StatusInternalServerError]
	}
	i := max(slices.Index(i18n.Langs, lang), 0)
	p := errorPage{Lang: i18n.Langs[i], Title: t[0][i], Text: t[1][i], Home: s.Home, Back: backTexts[i], Style: s.Style}
	s.send(w, code, errorTpl, "error.html", p)
}

// WriteJSON answers with v as JSON, never cached.
func WriteJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}
