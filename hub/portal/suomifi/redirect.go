package suomifi

import (
	"bytes"
	"compress/flate"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
)

// SigAlg is the one signature algorithm sent and accepted: RSA-SHA256.
const SigAlg = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"

// maxMessage bounds an inflated message, against deflate bombs.
const maxMessage = 256 << 10

// RedirectURL returns dest with msg deflated, base64-encoded and signed in
// the query, as the HTTP-Redirect binding says (SAML bindings §3.4.4.1).
// param is "SAMLRequest" or "SAMLResponse".
func RedirectURL(dest, param string, msg []byte, relay string, key *rsa.PrivateKey) (string, error) {
	var b bytes.Buffer
	fw, _ := flate.NewWriter(&b, flate.BestCompression)
	fw.Write(msg)
	fw.Close()
	q := param + "=" + url.QueryEscape(base64.StdEncoding.EncodeToString(b.Bytes()))
	if relay != "" {
		q += "&RelayState=" + url.QueryEscape(relay)
	}
	q += "&SigAlg=" + url.QueryEscape(SigAlg)
	sum := sha256.Sum256([]byte(q))
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, sum[:])
	if err != nil {
		return "", fmt.Errorf("suomifi: sign redirect: %w", err)
	}
	sep := "?"
	if strings.Contains(dest, "?") {
		sep = "&"
	}
	return dest + sep + q + "&Signature=" + url.QueryEscape(base64.StdEncoding.EncodeToString(sig)), nil
}

// Redirect is a message received by the HTTP-Redirect binding.
type Redirect struct {
	Param  string // SAMLRequest or SAMLResponse
	XML    []byte
	Relay  string
	alg    string
	sig    []byte
	signed string // the query as signed, from the raw values
}

// DecodeRedirect reads a message from a request's raw query. It does not
// check the signature: call Verify.
func DecodeRedirect(rawQuery string) (*Redirect, error) {
	raw := map[string]string{}
	for _, kv := range strings.Split(rawQuery, "&") {
		k, v, _ := strings.Cut(kv, "=")
		raw[k] = v
	}
	r := &Redirect{Param: "SAMLRequest"}
	if _, ok := raw["SAMLResponse"]; ok {
		r.Param = "SAMLResponse"
	}
	r.signed = r.Param + "=" + raw[r.Param]
	if rs, ok := raw["RelayState"]; ok {
		r.signed += "&RelayState=" + rs
	}
	r.signed += "&SigAlg=" + raw["SigAlg"]
	var err [4]error
	var msg, sig string
	msg, err[0] = url.QueryUnescape(raw[r.Param])
	r.Relay, err[1] = url.QueryUnescape(raw["RelayState"])
	r.alg, err[2] = url.QueryUnescape(raw["SigAlg"])
	sig, err[3] = url.QueryUnescape(raw["Signature"])
	if e := errors.Join(err[:]...); e != nil || msg == "" {
		return nil, fmt.Errorf("%w: malformed redirect query", ErrInvalid)
	}
	r.sig, _ = base64.StdEncoding.DecodeString(sig)
	return r, r.inflate(msg)
}

func (r *Redirect) inflate(msg string) error {
	deflated, err := base64.StdEncoding.DecodeString(msg)
	if err != nil {
		return fmt.Errorf("%w: message not base64", ErrInvalid)
	}
	r.XML, err = io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(deflated)), maxMessage+1))
	if err != nil || len(r.XML) > maxMessage {
		return fmt.Errorf("%w: message not deflated or too large", ErrInvalid)
	}
	return nil
}

// Verify checks the query signature against any of certs.
func (r *Redirect) Verify(certs []*x509.Certificate) error {
	if r.alg != SigAlg || len(r.sig) == 0 {
		return fmt.Errorf("%w: redirect not signed with RSA-SHA256", ErrInvalid)
	}
	sum := sha256.Sum256([]byte(r.signed))
	for _, c := range certs {
		if pub, ok := c.PublicKey.(*rsa.PublicKey); ok && rsa.VerifyPKCS1v15(pub, crypto.SHA256, sum[:], r.sig) == nil {
			return nil
		}
	}
	return fmt.Errorf("%w: redirect signature does not verify", ErrInvalid)
}
