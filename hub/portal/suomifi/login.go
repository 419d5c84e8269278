package suomifi

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"

	"github.com/beevik/etree"
	"github.com/crewjam/saml"

	"vuoro/shared/hetu"
)

// LoginURL returns the IdP's address with a signed AuthnRequest, and the
// request's ID for checking the response's InResponseTo. lang ("fi", "sv"
// or "en") is the language Suomi.fi's login pages open in. relay must be
// URL-safe.
//
// crewjam/saml's AuthnRequest has no Extensions, which Suomi.fi reads the
// language from, so the request is encoded and signed here.
func (sp *SP) LoginURL(relay, lang string) (string, string, error) {
	b := sp.cur.Load()
	dest := b.saml.GetSSOBindingLocation(saml.HTTPRedirectBinding)
	req, err := b.saml.MakeAuthenticationRequest(dest, saml.HTTPRedirectBinding, saml.HTTPPostBinding)
	if err != nil {
		return "", "", fmt.Errorf("suomifi: authn request: %w", err)
	}
	doc := etree.NewDocument()
	doc.SetRoot(withLanguage(req.Element(), lang))
	msg, err := doc.WriteToBytes()
	if err != nil {
		return "", "", fmt.Errorf("suomifi: authn request: %w", err)
	}
	u, err := RedirectURL(dest, "SAMLRequest", msg, relay, sp.cfg.Signing.Key)
	return u, req.ID, err
}

// VetumaNS is the namespace of Suomi.fi's extension for the login pages'
// language.
const VetumaNS = "urn:vetuma:SAML:2.0:extensions"

// withLanguage adds <samlp:Extensions><vetuma><LG>lang</LG></vetuma> to an
// AuthnRequest, after its Issuer as the schema orders it.
func withLanguage(req *etree.Element, lang string) *etree.Element {
	if lang != "sv" && lang != "en" {
		lang = "fi"
	}
	ext := etree.NewElement("samlp:Extensions")
	v := ext.CreateElement("vetuma")
	v.CreateAttr("xmlns", VetumaNS)
	v.CreateElement("LG").SetText(lang)
	at := 0
	if iss := req.FindElement("./Issuer"); iss != nil {
		at = iss.Index() + 1
	}
	req.InsertChildAt(at, ext)
	return req
}

// ParseResponse checks the POSTed response to the AuthnRequest requestID
// and returns who logged in. Each assertion is accepted once.
//
// The metadata says WantAssertionsSigned="true", and crewjam/saml accepts an
// unsigned assertion inside a signed Response, so the assertion's own
// signature is required here: crewjam/saml has checked any signature the
// assertion carries, and keeps it on the assertion it returns.
func (sp *SP) ParseResponse(r *http.Request, requestID string) (Identity, error) {
	if err := r.ParseForm(); err != nil {
		return Identity{}, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	a, err := sp.cur.Load().saml.ParseResponse(r, []string{requestID})
	if err != nil {
		return Identity{}, classify(err)
	}
	if err := encrypted(r.PostForm.Get("SAMLResponse")); err != nil {
		return Identity{}, err
	}
	if a.Signature == nil {
		return Identity{}, fmt.Errorf("%w: the assertion is not signed", ErrInvalid)
	}
	id, err := sp.identity(a)
	if err != nil {
		return Identity{}, err
	}
	if !sp.replay.use(a.ID, a.Conditions.NotOnOrAfter.Add(ClockSkew)) {
		return Identity{}, ErrReplay
	}
	return id, nil
}

// classify turns crewjam/saml's error into one of this package's.
func classify(err error) error {
	var ire *saml.InvalidResponseError
	if errors.As(err, &ire) {
		err = ire.PrivateErr
	}
	var bad saml.ErrBadStatus
	if errors.As(err, &bad) {
		return StatusError{Code: bad.Status}
	}
	return fmt.Errorf("%w: %v", ErrInvalid, err)
}

// encrypted refuses a response whose assertion came in the clear: Suomi.fi
// always encrypts, so a plain one is not from Suomi.fi.
func encrypted(form string) error {
	raw, _ := base64.StdEncoding.DecodeString(form)
	doc := etree.NewDocument()
	if doc.ReadFromBytes(raw) != nil || doc.Root() == nil {
		return fmt.Errorf("%w: unreadable response", ErrInvalid)
	}
	if doc.Root().FindElement("./Assertion") != nil || doc.Root().FindElement("./EncryptedAssertion") == nil {
		return fmt.Errorf("%w: the assertion is not encrypted", ErrInvalid)
	}
	return nil
}

// identity checks the NameID and level of assurance and reads the limited
// data set.
func (sp *SP) identity(a *saml.Assertion) (Identity, error) {
	if a.Subject == nil || a.Subject.NameID == nil || a.Subject.NameID.Format != string(saml.TransientNameIDFormat) {
		return Identity{}, fmt.Errorf("%w: no transient NameID", ErrInvalid)
	}
	if len(a.AuthnStatements) != 1 {
		return Identity{}, fmt.Errorf("%w: want one AuthnStatement", ErrInvalid)
	}
	st := a.AuthnStatements[0]
	class := ""
	if ref := st.AuthnContext.AuthnContextClassRef; ref != nil {
		class = ref.Value
	}
	if levels[class] < sp.cfg.MinLevel {
		return Identity{}, fmt.Errorf("%w: got %q", ErrLoA, class)
	}
	n := a.Subject.NameID
	id := Identity{NameID: n.Value, NameQualifier: n.NameQualifier, SPNameQualifier: n.SPNameQualifier,
		SessionIndex: st.SessionIndex, LoA: class, attrs: attributes(a)}
	if h := id.attr(AttrHETU); h != "" && !hetu.Valid(h) {
		return Identity{}, fmt.Errorf("%w: malformed personal identity code", ErrInvalid)
	}
	return id, nil
}

func attributes(a *saml.Assertion) map[string]string {
	out := map[string]string{}
	for _, s := range a.AttributeStatements {
		for _, at := range s.Attributes {
			if len(at.Values) > 0 {
				out[at.Name] = at.Values[0].Value
			}
		}
	}
	return out
}
