package follow

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"strconv"
	"time"
)

// Keys makes and checks the unguessable parts of the citizen's links: a
// visit's follow token and the minute's join code. Both are keyed hashes
// under the hub's secret, so they last as long as the data file and need
// no table.
type Keys struct{ secret []byte }

// NewKeys returns the keys made from secret (at least 32 random bytes,
// kept by the hub).
func NewKeys(secret []byte) Keys {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("vuoro follow keys"))
	return Keys{secret: m.Sum(nil)}
}

func (k Keys) mac(parts ...string) []byte {
	m := hmac.New(sha256.New, k.secret)
	for _, p := range parts {
		m.Write([]byte(p))
		m.Write([]byte{0})
	}
	return m.Sum(nil)
}

var enc = base64.RawURLEncoding

// JoinEvery is how long a join code is shown; a code is taken in its own
// minute and the next.
const JoinEvery = time.Minute

// JoinCode is the code of the minute of now.
func (k Keys) JoinCode(now time.Time) string {
	return k.joinCode(now.Unix() / int64(JoinEvery/time.Second))
}

func (k Keys) joinCode(minute int64) string {
	return enc.EncodeToString(k.mac("join", strconv.FormatInt(minute, 10))[:12])
}

// JoinValid reports whether code is the join code of now's minute or of
// the minute before it.
func (k Keys) JoinValid(code string, now time.Time) bool {
	m := now.Unix() / int64(JoinEvery/time.Second)
	return hmac.Equal([]byte(code), []byte(k.joinCode(m))) || hmac.Equal([]byte(code), []byte(k.joinCode(m-1)))
}

// formToken is what a page's forms carry for what they act on (a token,
// a code): a cross-site page knows neither.
func (k Keys) formToken(what string) string { return enc.EncodeToString(k.mac("form", what)[:16]) }

func (k Keys) formOK(what, got string) bool {
	return hmac.Equal([]byte(got), []byte(k.formToken(what)))
}
