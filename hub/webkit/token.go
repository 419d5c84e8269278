package webkit

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
)

// RandomToken returns 32 random bytes, URL-safe: a session, a form token
// or a SAML relay state.
func RandomToken() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// SameToken compares a token a browser sent with the one expected, in
// constant time; an empty token never matches.
func SameToken(got, want string) bool {
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

// hashOf is the name a session is kept under: a stolen data file holds
// no usable token.
func hashOf(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}
