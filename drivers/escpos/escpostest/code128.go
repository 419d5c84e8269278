package escpostest

import (
	"errors"
	"fmt"
	"strings"
)

// CODE128 symbol values with a meaning of their own.
const (
	c128Shift  = 98
	c128CodeC  = 99
	c128CodeB  = 100 // FNC4 in code set B
	c128CodeA  = 101 // FNC4 in code set A
	c128FNC1   = 102
	c128StartA = 103
	c128StartB = 104
	c128StartC = 105
	c128Stop   = 106
)

// The FNC characters in Code128.Data.
const (
	FNC1 = '\u00f1'
	FNC2 = '\u00f2'
	FNC3 = '\u00f3'
	FNC4 = '\u00f4'
)

// code128Widths are the bar and space widths in modules of the symbols
// 0 to 105 and the stop pattern, 106.
var code128Widths = strings.Fields(`
212222 222122 222221 121223 121322 131222 122213 122312 132212 221213
221312 231212 112232 122132 122231 113222 123122 123221 223211 221132
221231 213212 223112 312131 311222 321122 321221 312212 322112 322211
212123 212321 232121 111323 131123 131321 112313 132113 132311 211313
231113 231311 112133 112331 132131 113123 113321 133121 313121 211331
231131 213113 213311 213131 311123 311321 331121 312113 312311 332111
314111 221411 431111 111224 111422 121124 121421 141122 141221 112214
112412 122114 122411 142112 142211 241211 221114 413111 241112 134111
111242 121142 121241 114212 124112 124211 411212 421112 421211 212141
214121 412121 111143 111341 131141 114113 114311 411113 411311 113141
114131 311141 411131 211412 211214 211232 2331112`)

// code128 reads the data bytes of GS k 73: a code set selection ({A, {B
// or {C) and then characters of the set in use, two digits a byte in
// code set C, and the two-byte codes {A {B {C (change set), {S (shift
// between A and B for one character), {1 to {4 (FNC1 to FNC4) and {{
// (the character '{'). It returns the symbol values, start code first,
// and the text they encode.
func code128(raw []byte) ([]int, string, error) {
	if len(raw) < 2 || raw[0] != '{' || raw[1] < 'A' || raw[1] > 'C' {
		return nil, "", errors.New("CODE128 data must begin with a code set, {A, {B or {C")
	}
	r := code128Reader{set: raw[1], syms: []int{c128StartA + int(raw[1]-'A')}}
	for i := 2; i < len(raw); {
		n, err := r.next(raw[i:])
		if err != nil {
			return nil, "", fmt.Errorf("CODE128 byte %d: %w", i, err)
		}
		i += n
	}
	if r.chars == 0 {
		return nil, "", errors.New("CODE128 of no characters")
	}
	if r.shift {
		return nil, "", errors.New("CODE128 ends in a shift")
	}
	return r.syms, r.text.String(), nil
}

// code128Reader reads CODE128 data a character at a time.
type code128Reader struct {
	set   byte // 'A', 'B' or 'C'
	shift bool // the next character is of the other of A and B
	syms  []int
	text  strings.Builder
	chars int
}

// next reads the character or code at the start of b and returns how
// many bytes it took.
func (r *code128Reader) next(b []byte) (int, error) {
	if b[0] != '{' || len(b) > 1 && b[1] == '{' && r.set != 'C' {
		return r.char(b)
	}
	if len(b) < 2 {
		return 0, errors.New("'{' ends the data: send '{' as {{")
	}
	return 2, r.code(b[1])
}

// char reads one character of the set in use.
func (r *code128Reader) char(b []byte) (int, error) {
	set, c, n := r.set, b[0], 1
	if r.shift {
		set, r.shift = 'A'+'B'-set, false
	}
	if c == '{' {
		n = 2 // {{
	}
	v := -1
	switch {
	case set == 'A' && c < 0x60:
		v = (int(c) + 64) % 96 // controls 0-31 are 64-95, space to '_' 0-63
	case set == 'B' && c >= 0x20 && c < 0x80:
		v = int(c) - 32
	case set == 'C' && c < 100:
		v = int(c)
		r.text.WriteString(fmt.Sprintf("%02d", c))
	}
	if v < 0 {
		return 0, fmt.Errorf("%#02x is not a character of code set %c", c, set)
	}
	if set != 'C' {
		r.text.WriteByte(c)
	}
	r.syms, r.chars = append(r.syms, v), r.chars+1
	return n, nil
}

// code adds the symbol of the two-byte code {c.
func (r *code128Reader) code(c byte) error {
	v := -1
	switch {
	case c >= 'A' && c <= 'C' && c != r.set && !r.shift:
		v = map[byte]int{'A': c128CodeA, 'B': c128CodeB, 'C': c128CodeC}[c]
		r.set = c
	case c == 'S' && r.set != 'C' && !r.shift:
		v, r.shift = c128Shift, true
	case c == '1':
		v = c128FNC1
	case c >= '2' && c <= '4' && r.set != 'C':
		v = map[byte]int{'2': 97, '3': 96, '4': c128CodeA}[c]
		if c == '4' && r.set == 'B' {
			v = c128CodeB
		}
	}
	if v < 0 {
		return fmt.Errorf("{%c in code set %c", c, r.set)
	}
	if c >= '1' && c <= '4' {
		r.text.WriteRune(FNC1 + rune(c-'1'))
		r.chars++
	}
	r.syms = append(r.syms, v)
	return nil
}

// code128Bars returns the modules of the whole symbol, true for a bar:
// the symbols, the check symbol and the stop pattern.
func code128Bars(syms []int) []bool {
	check := syms[0]
	for i, v := range syms[1:] {
		check += (i + 1) * v
	}
	var bars []bool
	for _, v := range append(append(syms[:len(syms):len(syms)], check%103), c128Stop) {
		for i, w := range code128Widths[v] {
			for range w - '0' {
				bars = append(bars, i%2 == 0)
			}
		}
	}
	return bars
}
