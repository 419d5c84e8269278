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
// request's ID for checking the response's InResponseTo. relay must be
// URL-safe (crewjam/saml puts it in the query as it is).
func (sp *SP) LoginURL(relay string) (string, string, error) {
	req, err := sp.sign.MakeAuthenticationRequest(sp.sign.GetSSOBindingLocation(saml.HTTPRedirectBinding),
		saml.HTTPRedirectBinding, saml.HTTPPostBinding)
	if err != nil {
		return "", "", fmt.Errorf("suomifi: authn request: %w", err)
	}
	u, err := req.Redirect(relay, &sp.sign)
	if err != nil {
		return "", "", fmt.Errorf("suomifi: authn request: %w", err)
	}
	return u.String(), req.ID, nil
}

// ParseResponse checks the POSTed response to the AuthnRequest requestID
// and returns who logged in. Each assertion is accepted once.
func (sp *SP) ParseResponse(r *http.Request, requestID string) (Identity, error) {
	if err := r.ParseForm(); err != nil {
		return Identity{}, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	a, err := sp.dec.ParseResponse(r, []string{requestID})
	if err != nil {
		return Identity{}, classify(err)
	}
	if err := encrypted(r.PostForm.Get("SAMLResponse")); err != nil {
		return Identity{}, err
	}
	id, err := sp.identity(a)
	if err != nil {
		return Identity{}, err
	}
	if !sp.replay.use(a.ID, a.Conditions.NotOnOrAfter.Add(saml.MaxClockSkew)) {
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
