package action

import (
	"regexp"

	"golang.org/x/crypto/bcrypt"
)

// MinPassword is the shortest password the console accepts, in bytes;
// bcrypt reads at most 72.
const MinPassword = 12

var loginRe = regexp.MustCompile(`^[a-z0-9._-]{2,32}$`)

// hash is a new password's bcrypt hash.
func (d *Deps) hash(password string) ([]byte, error) {
	if len(password) < MinPassword || len(password) > 72 {
		return nil, ErrPassword
	}
	return bcrypt.GenerateFromPassword([]byte(password), d.BcryptCost)
}
