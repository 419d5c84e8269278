package hetu

import "strings"

// MaskText returns s with every valid personal identity code in it masked
// as String masks one: "soita 010280-952L" is "soita 010280-****". A code
// is found wherever it stands, also run together with letters or digits
// ("asiakas010280-952Lsoitti") and in lower case ("010280-952l"). Text
// shaped like a code but not one (a wrong check character, a date that
// does not exist) is left as it is.
func MaskText(s string) string {
	var b strings.Builder
	done := 0 // s[:done] is written to b
	for i := 0; i+11 <= len(s); i++ {
		code, ok := codeAt(s, i)
		if !ok {
			continue
		}
		if done == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[done:i])
		b.WriteString(code.String())
		i += 10
		done = i + 1
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// codeAt parses the 11 bytes of s at i as a code in any letter case.
func codeAt(s string, i int) (ID, bool) {
	c := s[i : i+11]
	if !digits(c[:6]) || !digits(c[7:10]) { // cheap test first: most text fails here
		return ID{}, false
	}
	id, err := Parse(strings.ToUpper(c))
	return id, err == nil
}
