package suomifi_test

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"

	"github.com/crewjam/saml/xmlenc"

	"vuoro/hub/portal/suomifi"
	"vuoro/hub/portal/testidp"
)

// TestLoginWithConformingXML logs in with responses written as other
// conforming identity providers write them: prefixes rebound inside
// EncryptedData (crewjam/saml v0.5.1 failed these with "expected element
// <Response>"), default namespaces only, and the assertion encrypted with
// AES-128-GCM (Suomi.fi's) or AES-256-CBC.
func TestLoginWithConformingXML(t *testing.T) {
	for _, tc := range []struct {
		name string
		o    testidp.Options
		want string // in the response as sent
	}{
		{"prefixes rebound in EncryptedData", testidp.Options{Quirks: testidp.Quirks{RebindPrefixes: true}},
			`<ns0:EncryptedData xmlns:ns0="http://www.w3.org/2001/04/xmlenc#"`},
		{"default namespaces", testidp.Options{Quirks: testidp.Quirks{DefaultNamespaces: true}},
			`<EncryptedData xmlns="http://www.w3.org/2001/04/xmlenc#"`},
		{"AES-128-GCM", testidp.Options{Cipher: xmlenc.AES128GCM}, `Algorithm="http://www.w3.org/2009/xmlenc11#aes128-gcm"`},
		{"AES-256-CBC", testidp.Options{Cipher: xmlenc.AES256CBC}, `Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc"`},
	} {
		r := newRigWith(t, tc.o, suomifi.Config{})
		req, reqID := r.respond(t, "0")
		req.ParseForm()
		raw, _ := base64.StdEncoding.DecodeString(req.PostForm.Get("SAMLResponse"))
		if !strings.Contains(string(raw), tc.want) {
			t.Errorf("%s: the test IdP did not write %s:\n%s", tc.name, tc.want, raw)
		}
		id, err := r.sp.ParseResponse(req, reqID)
		if err != nil || id.HETU() != "010280-952L" {
			t.Errorf("%s: login %q: %v", tc.name, id.HETU(), err)
		}
	}
}

// TestUnsignedAssertionRefused: the metadata says WantAssertionsSigned, so
// an assertion without its own signature is refused even inside a signed
// Response.
func TestUnsignedAssertionRefused(t *testing.T) {
	r := newRigWith(t, testidp.Options{Quirks: testidp.Quirks{UnsignedAssertion: true}}, suomifi.Config{})
	req, reqID := r.respond(t, "0")
	req.ParseForm()
	raw, _ := base64.StdEncoding.DecodeString(req.PostForm.Get("SAMLResponse"))
	if !strings.Contains(string(raw), "SignatureValue") {
		t.Fatal("the response is not signed either")
	}
	if _, err := r.sp.ParseResponse(req, reqID); !errors.Is(err, suomifi.ErrInvalid) || !strings.Contains(err.Error(), "not signed") {
		t.Errorf("unsigned assertion in a signed response: %v", err)
	}
}
