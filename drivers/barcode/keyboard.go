package barcode

import (
	"unicode"
	"unicode/utf8"
)

// keyboard turns key presses and releases into codes.
type keyboard struct {
	max     int
	code    []byte
	shift   [2]bool // left, right
	ctrl    [2]bool
	caps    bool
	alt     bool
	altCode int  // the Alt code typed so far; -1 for none
	bad     bool // a key that types no character was pressed
	tooLong bool // dropping the rest of an over-long code
}

// key takes one key event; done is true when it ends a code or an error.
func (k *keyboard) key(code uint16, value int32) (string, bool, error) {
	switch value {
	case keyPress:
		return k.press(code)
	case keyRelease:
		return k.release(code)
	}
	return "", false, nil
}

func (k *keyboard) press(code uint16) (string, bool, error) {
	switch {
	case modifier(code):
		k.setModifier(code, true)
	case code == keyEnter, code == keyKPEnter:
		return k.end()
	case k.alt:
		k.altDigit(code)
	default:
		return k.typeKey(code)
	}
	return "", false, nil
}

// release ends an Alt code when Alt goes up.
func (k *keyboard) release(code uint16) (string, bool, error) {
	if code == keyLeftAlt && k.alt && k.altCode >= 0 {
		k.alt = false
		return k.add(altRune(k.altCode))
	}
	if modifier(code) {
		k.setModifier(code, false)
	}
	return "", false, nil
}

func (k *keyboard) setModifier(code uint16, down bool) {
	switch code {
	case keyLeftShift:
		k.shift[0] = down
	case keyRightShift:
		k.shift[1] = down
	case keyLeftCtrl:
		k.ctrl[0] = down
	case keyRightCtrl:
		k.ctrl[1] = down
	case keyLeftAlt:
		k.alt, k.altCode = down, -1
	case keyCapsLock:
		if down {
			k.caps = !k.caps
		}
	}
}

// altDigit adds a keypad digit to the Alt code; any other key spoils it.
func (k *keyboard) altDigit(code uint16) {
	d, ok := keypadDigit(code)
	if !ok {
		k.bad = true
		return
	}
	k.altCode = min(max(k.altCode, 0)*10+d, utf8.MaxRune+1)
}

func (k *keyboard) typeKey(code uint16) (string, bool, error) {
	c, ok := usKeys[code]
	if !ok || k.ctrl[0] || k.ctrl[1] {
		k.bad = true
		return "", false, nil
	}
	shifted := k.shift[0] || k.shift[1]
	if k.caps && unicode.IsLetter(c[0]) {
		shifted = !shifted
	}
	if shifted {
		return k.add(c[1])
	}
	return k.add(c[0])
}

// add appends r to the code, or returns ErrTooLong once for a code that
// grows past max.
func (k *keyboard) add(r rune) (string, bool, error) {
	switch {
	case k.tooLong:
		return "", false, nil
	case !utf8.ValidRune(r) || !unicode.IsPrint(r):
		k.bad = true
		return "", false, nil
	case len(k.code)+utf8.RuneLen(r) > k.max:
		k.tooLong, k.code = true, k.code[:0]
		return "", true, ErrTooLong
	}
	k.code = utf8.AppendRune(k.code, r)
	return "", false, nil
}

// end finishes the code at Enter.
func (k *keyboard) end() (string, bool, error) {
	code, bad, tooLong := string(k.code), k.bad, k.tooLong
	k.code, k.bad, k.tooLong = k.code[:0], false, false
	switch {
	case tooLong, code == "" && !bad:
		return "", false, nil
	case bad:
		return "", true, ErrGarbage
	}
	return code, true, nil
}
