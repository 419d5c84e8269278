package webkit_test

import (
	"testing"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/webkit"
)

func TestCheckPassword(t *testing.T) {
	h, _ := bcrypt.GenerateFromPassword([]byte("oikea salasana"), bcrypt.MinCost)
	for _, c := range []struct {
		hash     []byte
		known    bool
		password string
		want     bool
	}{
		{h, true, "oikea salasana", true},
		{h, true, "väärä salasana", false},
		{h, false, "oikea salasana", false}, // a hash of a user who is no longer one
		{nil, true, "oikea salasana", false},
	} {
		if got := webkit.CheckPassword(c.hash, c.known, c.password); got != c.want {
			t.Errorf("CheckPassword(known %v, %q) = %v, want %v", c.known, c.password, got, c.want)
		}
	}
}
