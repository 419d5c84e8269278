package voucher

import (
	"crypto/rand"
	"fmt"
	"strings"
)

// alphabet is Crockford's base32: no I, L, O or U, so a number read aloud
// or typed from paper is hard to get wrong.
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// numberLen characters of 5 bits: 60 random bits, far beyond guessing at
// the rate the portal allows.
const numberLen = 12

// newNumber draws a voucher number from crypto/rand and its check code.
func newNumber() (number, check string) {
	b := make([]byte, numberLen)
	rand.Read(b) // never fails; see crypto/rand
	for i := range b {
		b[i] = alphabet[b[i]&31]
	}
	n := string(b[:4]) + "-" + string(b[4:8]) + "-" + string(b[8:])
	return n, checkCode(n)
}

// checkCode is two digits by ISO 7064 MOD 97-10 over the number, as an
// IBAN's: any one wrong character and any swap of two are caught.
func checkCode(number string) string {
	n := 0
	for _, c := range Normalize(number) {
		n = (n*32 + strings.IndexRune(alphabet, c)) % 97
	}
	return fmt.Sprintf("%02d", 98-(n*100)%97)
}

// Normalize makes a typed voucher number comparable: upper case, no
// spaces or dashes, and the letters Crockford base32 reads as digits.
func Normalize(number string) string {
	r := strings.NewReplacer(" ", "", "-", "", "O", "0", "I", "1", "L", "1")
	return r.Replace(strings.ToUpper(strings.TrimSpace(number)))
}

// WellFormed reports whether number has the form of a voucher number and
// check is its check code.
func WellFormed(number, check string) bool {
	n := Normalize(number)
	if len(n) != numberLen || strings.Trim(n, alphabet) != "" {
		return false
	}
	return checkCode(n) == strings.TrimSpace(check)
}
