package flow

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"vuoro/shared/wire"
)

// focus moves the keys to field f of the typing screen.
func (m *Model) focus(f Field) {
	if m.screen != ScreenTyping || f != FieldName && f != FieldTime {
		return
	}
	m.touch()
	m.appt.field = f
}

func (m *Model) focused() Field {
	if m.appt.field == "" {
		return FieldName
	}
	return m.appt.field
}

// typeKey types one key into the focused field.
func (m *Model) typeKey(a Action) {
	if m.screen != ScreenTyping {
		return
	}
	m.touch()
	if m.focused() == FieldTime {
		m.appt.clock = typeTime(m.appt.clock, a)
		return
	}
	m.appt.name = typeName(m.appt.name, a)
}

// typeName types a into a name: letters and hyphens, a word's first letter
// in upper case and the others in lower, single spaces between words.
func typeName(name string, a Action) string {
	switch a {
	case ActErase:
		_, n := utf8.DecodeLastRuneInString(name)
		return name[:len(name)-n]
	case ActSpace:
		if name == "" || strings.HasSuffix(name, " ") {
			return name
		}
		return name + " "
	}
	r, ok := keyRune(a)
	if !ok || !unicode.IsLetter(r) && r != '-' || utf8.RuneCountInString(name) >= wire.MaxCheckinName {
		return name
	}
	if name == "" || strings.HasSuffix(name, " ") || strings.HasSuffix(name, "-") {
		return name + string(unicode.ToUpper(r))
	}
	return name + string(unicode.ToLower(r))
}

// typeTime types a into a time of day: digits, the colon put in after the
// hours, five characters at most ("13:05").
func typeTime(clock string, a Action) string {
	if a == ActErase {
		clock = strings.TrimSuffix(clock, ":")
		if clock == "" {
			return ""
		}
		return strings.TrimSuffix(clock[:len(clock)-1], ":")
	}
	r, ok := keyRune(a)
	if !ok || r < '0' || r > '9' || len(clock) >= 5 {
		return clock
	}
	if len(clock) == 2 {
		clock += ":"
	}
	return clock + string(r)
}

func keyRune(a Action) (rune, bool) {
	s, ok := strings.CutPrefix(string(a), prefixKey)
	r, n := utf8.DecodeRuneInString(s)
	return r, ok && n == len(s) && r != utf8.RuneError
}
