package announce

import (
	"fmt"
	"strings"
	"unicode"
)

// phrase is how a call is said in a language: the word before the call id
// and the word before the room.
type phrase struct{ number, room string }

var phrases = map[string]phrase{
	"fi": {"Numero", "huone"},
	"sv": {"Nummer", "rum"},
	"en": {"Number", "room"},
}

// letters are the names of the letters A–Z in each language, written so
// that espeak-ng says the name and not a word: English "A" alone is the
// article, so it is written "eh"; Swedish "ge" is the verb, so "gé".
// Checked with `espeak-ng -x -v VOICE`.
var letters = map[string][26]string{
	"fi": {"aa", "bee", "see", "dee", "ee", "äf", "gee", "hoo", "ii", "jii", "koo", "äl", "äm",
		"än", "oo", "pee", "kuu", "är", "äs", "tee", "uu", "vee", "kaksoisvee", "äks", "yy", "tset"},
	"sv": {"a", "be", "se", "de", "e", "eff", "gé", "hå", "i", "ji", "kå", "ell", "emm",
		"enn", "o", "pe", "ku", "ärr", "ess", "te", "u", "ve", "dubbelve", "eks", "y", "säta"},
	"en": {"eh", "bee", "see", "dee", "ee", "ef", "gee", "aitch", "eye", "jay", "kay", "el", "em",
		"en", "oh", "pee", "cue", "ar", "ess", "tee", "you", "vee", "double-you", "ex", "why", "zed"},
}

// Languages are the languages a call can be said in.
var Languages = []string{"fi", "sv", "en"}

// Text is the call said in lang as a person reads it, for espeak-ng:
// Text("fi", "R19", "6") is "Numero är 19, huone 6." The call id's letters
// are spelled by their names and its digits left as a number, which the
// voice reads as one ("yhdeksäntoista"). A room id that is a number stays a
// number; a word stays a word ("aspa-1" is "aspa 1"), and a single letter
// in it is spelled.
func Text(lang, callID, room string) (string, error) {
	p, ok := phrases[lang]
	if !ok {
		return "", fmt.Errorf("announce: no words for language %q", lang)
	}
	id := spell(lang, callID, true)
	where := spell(lang, room, false)
	if id == "" || where == "" {
		return "", fmt.Errorf("announce: nothing to say for call %q to room %q", callID, room)
	}
	return fmt.Sprintf("%s %s, %s %s.", p.number, id, p.room, where), nil
}

// spell splits s into runs of letters and of digits, separated by spaces.
// A run of digits is kept as a number. A run of letters is spelled letter
// by letter when letterwise (a call id's letters) or when it is a single
// letter; otherwise it is a word. Anything else separates runs.
func spell(lang, s string, letterwise bool) string {
	var words []string
	for _, run := range runs(strings.ToUpper(s)) {
		r := []rune(run)
		if !unicode.IsLetter(r[0]) || !letterwise && len(r) > 1 {
			words = append(words, strings.ToLower(run))
			continue
		}
		for _, c := range r {
			words = append(words, letterName(lang, c))
		}
	}
	return strings.Join(words, " ")
}

// letterName is the name of c in lang; a letter outside A–Z as it is.
func letterName(lang string, c rune) string {
	if c >= 'A' && c <= 'Z' {
		return letters[lang][c-'A']
	}
	return strings.ToLower(string(c))
}

// runs splits s into maximal runs of letters and of digits.
func runs(s string) []string {
	var out []string
	start, kind := -1, 0
	for i, c := range s {
		k := 0
		switch {
		case unicode.IsLetter(c):
			k = 1
		case unicode.IsDigit(c):
			k = 2
		}
		if k != kind && start >= 0 {
			out, start = append(out, s[start:i]), -1
		}
		if k != 0 && start < 0 {
			start = i
		}
		kind = k
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}
