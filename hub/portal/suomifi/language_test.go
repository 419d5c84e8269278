package suomifi_test

import (
	"crypto/x509"
	"net/url"
	"testing"

	"github.com/beevik/etree"

	"vuoro/hub/portal/suomifi"
)

// TestLoginRequestCarriesLanguage checks that the AuthnRequest asks
// Suomi.fi for the citizen's language with the vetuma extension, placed
// after the Issuer as the schema orders it, and that the request is still
// signed right.
func TestLoginRequestCarriesLanguage(t *testing.T) {
	r := newRig(t, 2)
	for lang, want := range map[string]string{"sv": "sv", "en": "en", "fi": "fi", "de": "fi", "": "fi"} {
		u, _, err := r.sp.LoginURL("relay", lang)
		if err != nil {
			t.Fatal(err)
		}
		pu, _ := url.Parse(u)
		red, err := suomifi.DecodeRedirect(pu.RawQuery)
		if err != nil {
			t.Fatal(err)
		}
		if err := red.Verify([]*x509.Certificate{r.sign.Cert}); err != nil {
			t.Fatalf("%q: the request's signature does not verify: %v", lang, err)
		}
		doc := etree.NewDocument()
		if err := doc.ReadFromBytes(red.XML); err != nil {
			t.Fatal(err)
		}
		root := doc.Root()
		ext := root.FindElement("./Extensions")
		if ext == nil || ext.Space != "samlp" {
			t.Fatalf("%q: no samlp:Extensions in %s", lang, red.XML)
		}
		if kids := root.ChildElements(); len(kids) < 2 || kids[0].Tag != "Issuer" || kids[1].Tag != "Extensions" {
			t.Errorf("%q: Extensions not right after Issuer: %s", lang, red.XML)
		}
		v := ext.FindElement("./vetuma")
		if v == nil || v.SelectAttrValue("xmlns", "") != suomifi.VetumaNS {
			t.Fatalf("%q: no vetuma element in %s namespace", lang, suomifi.VetumaNS)
		}
		if lg := v.FindElement("./LG"); lg == nil || lg.Text() != want {
			t.Errorf("%q: LG %v, want %s", lang, lg, want)
		}
	}
}
