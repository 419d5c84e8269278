package escpos

import (
	"fmt"

	"golang.org/x/text/encoding/charmap"
)

// CodePage858 is the ESC t number of code page 858 (850 with the euro sign),
// which covers Finnish, Swedish and English.
const CodePage858 = 19

// encode maps UTF-8 to code page 858. Control characters other than the
// line feed are refused so that text can never inject a printer command.
func encode(s string) ([]byte, error) {
	out := make([]byte, 0, len(s))
	i := 0
	for _, r := range s {
		b, ok := charmap.CodePage858.EncodeRune(r)
		if !ok || (b < 0x20 && b != lf) || b == 0x7F {
			return nil, fmt.Errorf("escpos: %q (%U) at %d is not printable in code page 858", r, r, i)
		}
		out = append(out, b)
		i++
	}
	return out, nil
}

// Encodable reports whether s prints in code page 858, and if not, which
// character does not.
func Encodable(s string) error {
	_, err := encode(s)
	return err
}

// Decode maps code page 858 bytes back to UTF-8.
func Decode(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = charmap.CodePage858.DecodeByte(c)
	}
	return string(r)
}
