package checkin

import (
	"slices"
	"strings"
	"unicode"
)

// words are a name's words in lower case without accents, sorted:
// "Virtanen, Matti" and "matti VIRTANEN" give the same words.
func words(name string) []string {
	ws := strings.FieldsFunc(fold(name), func(r rune) bool { return !unicode.IsLetter(r) })
	slices.Sort(ws)
	return ws
}

// sameName tells whether the typed words name the booked person: every
// typed word is one of the booked name's, in any order, and at least two
// are typed (one when the booking has one word). So a middle name may be
// left out, but a first name alone is not enough.
func sameName(typed, booked []string) bool {
	if len(typed) == 0 || len(typed) < min(2, len(booked)) {
		return false
	}
	left := slices.Clone(booked)
	for _, w := range typed {
		i := slices.Index(left, w)
		if i < 0 {
			return false
		}
		left = slices.Delete(left, i, i+1)
	}
	return true
}

// fold is s in lower case with the accents of Latin letters taken off.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if base, ok := plain[r]; ok {
			b.WriteRune(base)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plain maps the accented letters of names in Finland to their base letter.
var plain = map[rune]rune{}

func init() {
	for base, accented := range map[rune]string{
		'a': "åäàáâãā", 'o': "öøòóôõō", 'u': "üùúûū", 'e': "éèêëē", 'i': "íìîïī",
		'c': "çč", 'n': "ñń", 's': "šś", 'z': "žź", 'y': "ýÿ", 'd': "đ", 'l': "ł",
	} {
		for _, r := range accented {
			plain[r] = base
		}
	}
}
