package web

import (
	"strings"
	"unicode/utf8"

	"vuoro/hub/queue"
	"vuoro/shared/hetu"
)

// maskHETU shows a personal identity code's date of birth and century
// sign only: "010280-****".
func maskHETU(code string) string {
	if code == "" {
		return ""
	}
	if id, err := hetu.Parse(code); err == nil {
		return id.String()
	}
	if r := []rune(code); len(r) >= 7 {
		return string(r[:7]) + "****"
	}
	return "****"
}

// maskName shows a name's initials: "Maija Virtanen" is "M. V.".
func maskName(name string) string {
	var parts []string
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		parts = append(parts, string(r)+".")
	}
	return strings.Join(parts, " ")
}

// maskAll masks every personal identity code in text.
func maskAll(text string) string { return hetu.MaskText(text) }

// person is who a visit is for, as one reader may see it.
type person struct {
	Name  string `json:"name"`
	HETU  string `json:"hetu,omitempty"`
	Shown bool   `json:"shown"` // unmasked: the reader serves the visit
}

// personFor returns the person of visit t as c may see them: in full only
// to the clerk serving the visit. ok is false when nobody is known.
func personFor(st *queue.State, c queue.Clerk, t queue.Ticket) (p person, ok bool) {
	who, ok := st.Person(t.ID)
	if !ok {
		return person{}, false
	}
	if t.Status.Active() && t.Clerk == c.Login {
		return person{Name: who.Name, HETU: who.HETU, Shown: true}, true
	}
	return person{Name: maskName(who.Name), HETU: maskHETU(who.HETU)}, true
}
