package hetu

import (
	"errors"
	"strings"
)

// ErrNone means a scanned code holds nothing shaped like a personal
// identity code.
var ErrNone = errors.New("hetu: the code holds no personal identity code")

// Find takes the personal identity code out of what a card's barcode
// carries. The Kela card and the older ID cards carry the code alone; a
// reader may add spaces, lower-case letters or a prefix and suffix, and
// other codes carry it among other fields. Find returns the one valid code
// in s; when s holds something shaped like a code that is not valid, the
// reason (ErrCentury, ErrDate, ErrCheck, ErrFormat); and ErrNone when s
// holds nothing like one. Two different valid codes are ErrFormat: Find
// never guesses whose card it was.
func Find(s string) (ID, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) == 11 {
		return Parse(s)
	}
	var found ID
	var reason error
	for i := 0; i+11 <= len(s); i++ {
		c := s[i : i+11]
		if !shaped(c) || alnumAt(s, i-1) || alnumAt(s, i+11) {
			continue
		}
		id, err := Parse(c)
		switch {
		case err != nil:
			reason = cmpReason(reason, err)
		case found.IsZero() || found.code == id.code:
			found = id
		default:
			return ID{}, ErrFormat
		}
	}
	switch {
	case !found.IsZero():
		return found, nil
	case reason != nil:
		return ID{}, reason
	}
	return ID{}, ErrNone
}

// shaped tells whether c looks like a code: six digits, a sign, three
// digits and a check character.
func shaped(c string) bool { return digits(c[:6]) && digits(c[7:10]) }

func alnumAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
}

// cmpReason keeps the first reason found.
func cmpReason(old, err error) error {
	if old != nil {
		return old
	}
	return err
}
