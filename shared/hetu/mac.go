package hetu

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// MAC is the keyed hash of a personal identity code that stands for it
// where the code itself must not go (an MQTT message): the HMAC-SHA256 of
// the code, trimmed and in upper case, under key, in lower-case hex. Only
// a holder of key can tell which code it stands for, and only by trying.
func MAC(key []byte, code string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(strings.ToUpper(strings.TrimSpace(code))))
	return hex.EncodeToString(m.Sum(nil))
}

// SameMAC compares two MACs in constant time.
func SameMAC(a, b string) bool { return hmac.Equal([]byte(a), []byte(b)) }
