package hetu

import (
	"strconv"
	"time"
)

// checkChars are the check characters, indexed by DDMMYYZZZ mod 31.
const checkChars = "0123456789ABCDEFHJKLMNPRSTUVWXY"

// centuries maps the century sign to the first year of its century. The
// signs Y X W V U and B C D E F came in 2023 beside - and A.
var centuries = map[byte]int{
	'+': 1800,
	'-': 1900, 'Y': 1900, 'X': 1900, 'W': 1900, 'V': 1900, 'U': 1900,
	'A': 2000, 'B': 2000, 'C': 2000, 'D': 2000, 'E': 2000, 'F': 2000,
}

// ID is a valid personal identity code. The zero ID is none.
type ID struct {
	code  string
	birth time.Time
}

// Parse checks s as a personal identity code: its form, century sign,
// date of birth, individual number (002–999) and check character.
func Parse(s string) (ID, error) {
	if len(s) != 11 || !digits(s[:6]) || !digits(s[7:10]) || s[7:10] < "002" {
		return ID{}, ErrFormat
	}
	century, ok := centuries[s[6]]
	if !ok {
		return ID{}, ErrCentury
	}
	birth, ok := date(century+atoi(s[4:6]), atoi(s[2:4]), atoi(s[:2]))
	if !ok {
		return ID{}, ErrDate
	}
	if checkChars[(atoi(s[:6])*1000+atoi(s[7:10]))%31] != s[10] {
		return ID{}, ErrCheck
	}
	return ID{code: s, birth: birth}, nil
}

// Valid reports whether s is a valid personal identity code.
func Valid(s string) bool {
	_, err := Parse(s)
	return err == nil
}

// Birth returns the date of birth, at midnight UTC.
func (id ID) Birth() time.Time { return id.birth }

// Temporary reports whether the individual number is 900–999, the range
// of temporary and test identities.
func (id ID) Temporary() bool { return id.code != "" && id.code[7] == '9' }

// Code returns the full code. Give it only where it is needed.
func (id ID) Code() string { return id.code }

// IsZero reports whether id is the zero ID.
func (id ID) IsZero() bool { return id.code == "" }

// String returns the code with its individual number and check character
// masked: "010280-****".
func (id ID) String() string {
	if id.code == "" {
		return ""
	}
	return id.code[:7] + "****"
}

// GoString is masked as String is, for %#v.
func (id ID) GoString() string { return "hetu.ID(" + strconv.Quote(id.String()) + ")" }

func date(y, m, d int) (time.Time, bool) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Year() == y && int(t.Month()) == m && t.Day() == d
}

func digits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// atoi converts a string of digits, checked by digits.
func atoi(s string) int {
	n := 0
	for i := range len(s) {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
