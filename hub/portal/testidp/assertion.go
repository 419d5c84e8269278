package testidp

import (
	"time"

	"github.com/beevik/etree"
	"github.com/crewjam/saml"
	"github.com/crewjam/saml/xmlenc"
	dsig "github.com/russellhaering/goxmldsig"

	"vuoro/hub/portal/suomifi"
)

// validity is how long an assertion may be presented.
const validity = 5 * time.Minute

// assertion says who logged in, in Suomi.fi's form.
func (p *IdP) assertion(req *saml.IdpAuthnRequest, who Identity) *saml.Assertion {
	now := req.Now
	sp := req.ServiceProviderMetadata.EntityID
	return &saml.Assertion{ID: suomifi.NewID(), IssueInstant: now, Version: "2.0",
		Issuer: saml.Issuer{Format: "urn:oasis:names:tc:SAML:2.0:nameid-format:entity", Value: p.EntityID()},
		Subject: &saml.Subject{
			NameID: &saml.NameID{Format: string(saml.TransientNameIDFormat), NameQualifier: p.EntityID(), SPNameQualifier: sp, Value: suomifi.NewID()},
			SubjectConfirmations: []saml.SubjectConfirmation{{Method: "urn:oasis:names:tc:SAML:2.0:cm:bearer",
				SubjectConfirmationData: &saml.SubjectConfirmationData{InResponseTo: req.Request.ID, NotOnOrAfter: now.Add(validity), Recipient: req.ACSEndpoint.Location}}},
		},
		Conditions: &saml.Conditions{NotBefore: now.Add(-time.Minute), NotOnOrAfter: now.Add(validity),
			AudienceRestrictions: []saml.AudienceRestriction{{Audience: saml.Audience{Value: sp}}}},
		AuthnStatements: []saml.AuthnStatement{{AuthnInstant: now, SessionIndex: suomifi.NewID(),
			AuthnContext: saml.AuthnContext{AuthnContextClassRef: &saml.AuthnContextClassRef{Value: who.LoA}}}},
		AttributeStatements: []saml.AttributeStatement{{Attributes: attributeList(who)}},
	}
}

func attributeList(who Identity) []saml.Attribute {
	var out []saml.Attribute
	for name, v := range who.attributes() {
		out = append(out, saml.Attribute{Name: name, NameFormat: "urn:oasis:names:tc:SAML:2.0:attrname-format:uri",
			Values: []saml.AttributeValue{{Type: "xs:string", Value: v}}})
	}
	return out
}

// encryptAssertion signs the assertion and encrypts it to the SP's
// encryption certificate. crewjam/saml's IdP encrypts with AES-128-CBC and
// an RSA-OAEP SHA-1 key; Suomi.fi uses GCM, so this does it with GCM.
func (p *IdP) encryptAssertion(req *saml.IdpAuthnRequest) error {
	signed, err := p.sign(req.Assertion.Element())
	if err != nil {
		return err
	}
	certs := p.spCerts(req.ServiceProviderMetadata.EntityID, "encryption")
	if len(certs) == 0 {
		return errNoEncryptionCert
	}
	enc := xmlenc.OAEP()
	enc.BlockCipher = aes128GCM{}
	data, err := enc.Encrypt(certs[0], suomifi.Serialize(signed), nil)
	if err != nil {
		return err
	}
	data.CreateAttr("Type", "http://www.w3.org/2001/04/xmlenc#Element")
	ea := etree.NewElement("saml:EncryptedAssertion")
	ea.AddChild(data)
	req.AssertionEl = ea
	return nil
}

// sign returns el with an enveloped RSA-SHA256 signature.
func (p *IdP) sign(el *etree.Element) (*etree.Element, error) {
	ctx, err := dsig.NewSigningContext(p.kp.Key, [][]byte{p.kp.Cert.Raw})
	if err != nil {
		return nil, err
	}
	ctx.Canonicalizer = dsig.MakeC14N10ExclusiveCanonicalizerWithPrefixList("")
	if err := ctx.SetSignatureMethod(dsig.RSASHA256SignatureMethod); err != nil {
		return nil, err
	}
	return ctx.SignEnveloped(el)
}
