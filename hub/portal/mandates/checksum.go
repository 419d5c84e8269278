package mandates

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"time"
)

// HeaderName is the header that authenticates the client on /service calls.
const HeaderName = "X-AsiointivaltuudetAuthorization"

// Checksum is base64(HMAC-SHA256(secret, pathAndQuery + " " + timestamp)),
// the checksum Suomi.fi Mandates defines. pathAndQuery is the request's path
// with its query, exactly as sent ("/service/hpa/user/register/…?requestId=…").
func Checksum(secret, pathAndQuery, timestamp string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(pathAndQuery + " " + timestamp))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// Timestamp is the form the client sends its time in: ISO 8601 in UTC, as
// the reference clients do ("2017-02-09T10:29:42.09Z").
func Timestamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// Header is the X-AsiointivaltuudetAuthorization value for a request made at t.
func Header(clientID, secret, pathAndQuery string, t time.Time) string {
	ts := Timestamp(t)
	return clientID + " " + ts + " " + Checksum(secret, pathAndQuery, ts)
}
