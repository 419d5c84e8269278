package webkit

import (
	"sync"

	"golang.org/x/crypto/bcrypt"
)

// dummyHash is compared against when a login is unknown, so that a wrong
// login takes as long as a wrong password. It is made on first use, not
// at start: a bcrypt hash costs about 70 ms.
var dummyHash = sync.OnceValue(func() []byte {
	h, _ := bcrypt.GenerateFromPassword([]byte("not a password"), bcrypt.DefaultCost)
	return h
})

// CheckPassword reports whether password matches hash. When the login is
// unknown (known false, or no hash) it compares against a dummy hash and
// reports false, in the same time.
func CheckPassword(hash []byte, known bool, password string) bool {
	if !known || hash == nil {
		bcrypt.CompareHashAndPassword(dummyHash(), []byte(password))
		return false
	}
	return bcrypt.CompareHashAndPassword(hash, []byte(password)) == nil
}
