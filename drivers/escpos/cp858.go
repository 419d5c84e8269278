package escpos

import "fmt"

// cp858 maps the bytes 0x80 to 0xFF of code page 858 to Unicode. It is
// code page 850 (DOS Latin-1) with the euro sign at 0xD5, where 850 has a
// dotless i. The bytes below 0x80 are ASCII.
var cp858 = [128]rune{
	'Ç', 'ü', 'é', 'â', 'ä', 'à', 'å', 'ç', 'ê', 'ë', 'è', 'ï', 'î', 'ì', 'Ä', 'Å', // 0x80
	'É', 'æ', 'Æ', 'ô', 'ö', 'ò', 'û', 'ù', 'ÿ', 'Ö', 'Ü', 'ø', '£', 'Ø', '×', 'ƒ', // 0x90
	'á', 'í', 'ó', 'ú', 'ñ', 'Ñ', 'ª', 'º', '¿', '®', '¬', '½', '¼', '¡', '«', '»', // 0xA0
	'░', '▒', '▓', '│', '┤', 'Á', 'Â', 'À', '©', '╣', '║', '╗', '╝', '¢', '¥', '┐', // 0xB0
	'└', '┴', '┬', '├', '─', '┼', 'ã', 'Ã', '╚', '╔', '╩', '╦', '╠', '═', '╬', '¤', // 0xC0
	'ð', 'Ð', 'Ê', 'Ë', 'È', '€', 'Í', 'Î', 'Ï', '┘', '┌', '█', '▄', '¦', 'Ì', '▀', // 0xD0
	'Ó', 'ß', 'Ô', 'Ò', 'õ', 'Õ', 'µ', 'þ', 'Þ', 'Ú', 'Û', 'Ù', 'ý', 'Ý', '¯', '´', // 0xE0
	'\u00AD', '±', '‗', '¾', '¶', '§', '÷', '¸', '°', '¨', '·', '¹', '³', '²', '■', '\u00A0', // 0xF0
}

// toCP858 is cp858 inverted.
var toCP858 = func() map[rune]byte {
	m := make(map[rune]byte, len(cp858))
	for i, r := range cp858 {
		m[r] = byte(0x80 + i)
	}
	return m
}()

// RuneError reports a character that cannot be printed: code page 858
// lacks it, or it is a control character other than the line feed (which
// could inject a printer command).
type RuneError struct {
	Rune  rune
	Index int // the character's position in the string, counted in characters from 0
}

func (e *RuneError) Error() string {
	return fmt.Sprintf("escpos: %q (%U) at %d is not in code page 858", string(e.Rune), e.Rune, e.Index)
}

// Encodable reports, as a *RuneError, the first character of s that does
// not print in code page 858, or nil if s prints whole.
func Encodable(s string) error {
	i := 0
	for _, r := range s {
		if _, ok := cp858Byte(r); !ok {
			return &RuneError{Rune: r, Index: i}
		}
		i++
	}
	return nil
}

// appendText appends s, converted to code page 858, to dst.
func appendText(dst []byte, s string) ([]byte, error) {
	i := 0
	for _, r := range s {
		b, ok := cp858Byte(r)
		if !ok {
			return dst, &RuneError{Rune: r, Index: i}
		}
		dst = append(dst, b)
		i++
	}
	return dst, nil
}

// cp858Byte returns the byte that prints r, which is printable ASCII, a
// line feed or a character of the upper half of code page 858.
func cp858Byte(r rune) (byte, bool) {
	switch {
	case r == '\n' || (r >= 0x20 && r < 0x7F):
		return byte(r), true
	case r < 0x80:
		return 0, false
	}
	b, ok := toCP858[r]
	return b, ok
}

// DecodeText converts text bytes of code page 858 back to UTF-8; it is
// the inverse of the conversion Text does. Bytes below 0x80 are ASCII.
func DecodeText(b []byte) string {
	out := make([]rune, len(b))
	for i, c := range b {
		out[i] = rune(c)
		if c >= 0x80 {
			out[i] = cp858[c-0x80]
		}
	}
	return string(out)
}
