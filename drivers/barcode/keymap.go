package barcode

// Linux key codes (<linux/input-event-codes.h>) that are not characters.
const (
	keyEnter      = 28
	keyLeftCtrl   = 29
	keyLeftShift  = 42
	keyRightShift = 54
	keyLeftAlt    = 56
	keyCapsLock   = 58
	keyNumLock    = 69
	keyKPEnter    = 96
	keyRightCtrl  = 97
	keyRightAlt   = 100
	keyLeftMeta   = 125
	keyRightMeta  = 126
)

// usKeys maps key codes to the characters of a US keyboard: [0] plain,
// [1] with Shift. The keypad types digits (Num Lock on) either way.
var usKeys = buildKeymap([]keyRow{
	{2, "1234567890-=", "!@#$%^&*()_+"},
	{16, "qwertyuiop[]", "QWERTYUIOP{}"},
	{30, "asdfghjkl;'`", `ASDFGHJKL:"~`},
	{43, `\zxcvbnm,./`, `|ZXCVBNM<>?`},
	{55, "*", "*"},
	{57, " ", " "},
	{71, "789-456+1230.", "789-456+1230."},
	{98, "/", "/"},
})

// keyRow is a run of keys with consecutive codes.
type keyRow struct {
	first          uint16
	plain, shifted string
}

func buildKeymap(rows []keyRow) map[uint16][2]rune {
	m := map[uint16][2]rune{}
	for _, r := range rows {
		for i := range len(r.plain) {
			m[r.first+uint16(i)] = [2]rune{rune(r.plain[i]), rune(r.shifted[i])}
		}
	}
	return m
}

// keypadDigit returns the digit of a keypad key, for Alt codes.
func keypadDigit(code uint16) (int, bool) {
	if code < 71 || code > 82 {
		return 0, false
	}
	c := usKeys[code][0]
	if c < '0' || c > '9' {
		return 0, false
	}
	return int(c - '0'), true
}

// modifier reports whether a key only changes other keys, or is ignored:
// it neither types nor spoils a code.
func modifier(code uint16) bool {
	switch code {
	case keyLeftShift, keyRightShift, keyLeftCtrl, keyRightCtrl, keyLeftAlt,
		keyRightAlt, keyLeftMeta, keyRightMeta, keyCapsLock, keyNumLock:
		return true
	}
	return false
}

// cp1252 holds the Windows-1252 characters 0x80–0x9F, where Latin-1 has
// control characters; 0 marks the five unassigned ones. Alt codes 0xA0–0xFF
// are the same in both and in Unicode.
var cp1252 = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// altRune returns the character of Alt code n.
func altRune(n int) rune {
	if n >= 0x80 && n < 0xA0 {
		return cp1252[n-0x80]
	}
	return rune(n)
}
