package testidp

import (
	"time"

	"github.com/beevik/etree"
	"github.com/crewjam/saml"
	"github.com/crewjam/saml/xmlenc"

	"vuoro/hub/portal/suomifi"
)

// validity is how long an assertion may be presented.
const validity = 5 * time.Minute

// assertion says who logged in, in Suomi.fi's form. It is valid from its
// IssueInstant, as Suomi.fi's are.
func (p *IdP) assertion(req *saml.IdpAuthnRequest, who Identity) *saml.Assertion {
	now := req.Now
	sp := req.ServiceProviderMetadata.EntityID
	return &saml.Assertion{ID: suomifi.NewID(), IssueInstant: now, Version: "2.0",
		Issuer: *p.issuer(),
		Subject: &saml.Subject{
			NameID: &saml.NameID{Format: string(saml.TransientNameIDFormat), NameQualifier: p.EntityID(), SPNameQualifier: sp, Value: suomifi.NewID()},
			SubjectConfirmations: []saml.SubjectConfirmation{{Method: "urn:oasis:names:tc:SAML:2.0:cm:bearer",
				SubjectConfirmationData: &saml.SubjectConfirmationData{InResponseTo: req.Request.ID, NotOnOrAfter: now.Add(validity), Recipient: req.ACSEndpoint.Location}}},
		},
		Conditions: &saml.Conditions{NotBefore: now, NotOnOrAfter: now.Add(validity),
			AudienceRestrictions: []saml.AudienceRestriction{{Audience: saml.Audience{Value: sp}}}},
		AuthnStatements: []saml.AuthnStatement{{AuthnInstant: now, SessionIndex: suomifi.NewID(),
			AuthnContext: saml.AuthnContext{AuthnContextClassRef: &saml.AuthnContextClassRef{Value: who.LoA}}}},
		AttributeStatements: []saml.AttributeStatement{{Attributes: attributeList(who)}},
	}
}

func (p *IdP) issuer() *saml.Issuer {
	return &saml.Issuer{Format: "urn:oasis:names:tc:SAML:2.0:nameid-format:entity", Value: p.EntityID()}
}

func attributeList(who Identity) []saml.Attribute {
	var out []saml.Attribute
	for name, v := range who.attributes() {
		out = append(out, saml.Attribute{Name: name, NameFormat: "urn:oasis:names:tc:SAML:2.0:attrname-format:uri",
			Values: []saml.AttributeValue{{Type: "xs:string", Value: v}}})
	}
	return out
}

// encryptedAssertion signs the assertion (unless a quirk says not to) and
// encrypts it to the SP's encryption certificate with RSA-OAEP and the
// block cipher of the options, AES-128-GCM as Suomi.fi's by default.
func (p *IdP) encryptedAssertion(req *saml.IdpAuthnRequest) (*etree.Element, error) {
	el := req.Assertion.Element()
	if !p.opts.Quirks.UnsignedAssertion {
		var err error
		if el, err = p.sign(el); err != nil {
			return nil, err
		}
	}
	certs := p.spCerts(req.ServiceProviderMetadata.EntityID, "encryption")
	if len(certs) == 0 {
		return nil, errNoEncryptionCert
	}
	enc := xmlenc.OAEP()
	enc.BlockCipher = p.opts.Cipher
	data, err := enc.Encrypt(certs[0], suomifi.Serialize(el), nil)
	if err != nil {
		return nil, err
	}
	data.CreateAttr("Type", "http://www.w3.org/2001/04/xmlenc#Element")
	ea := etree.NewElement("saml:EncryptedAssertion")
	ea.CreateAttr("xmlns:saml", assertionNS)
	ea.AddChild(data)
	return ea, nil
}

// sign returns el with an enveloped RSA-SHA256 signature right after its
// Issuer, where the schema puts it.
func (p *IdP) sign(el *etree.Element) (*etree.Element, error) {
	return signEnveloped(p.kp, el, func(el *etree.Element) int {
		if iss := el.FindElement("./Issuer"); iss != nil {
			return iss.Index() + 1
		}
		return len(el.Child)
	})
}
