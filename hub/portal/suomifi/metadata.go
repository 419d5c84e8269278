package suomifi

import (
	"encoding/base64"
	"encoding/xml"
	"fmt"

	"github.com/crewjam/saml"
)

// Metadata returns the SP's metadata for registering with Suomi.fi.
//
// crewjam/saml's metadata puts one certificate under both uses and offers
// the Artifact binding; Suomi.fi uses the POST binding only, and this SP
// has separate signing and encryption keys, so both are replaced here.
func (sp *SP) Metadata() ([]byte, error) {
	md := sp.sign.Metadata()
	d := &md.SPSSODescriptors[0]
	gcm := []saml.EncryptionMethod{{Algorithm: "http://www.w3.org/2009/xmlenc11#aes128-gcm"},
		{Algorithm: "http://www.w3.org/2001/04/xmlenc#aes256-cbc"}, {Algorithm: "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"}}
	d.KeyDescriptors = []saml.KeyDescriptor{keyDescriptor("signing", sp.cfg.Signing, nil), keyDescriptor("encryption", sp.cfg.Encryption, gcm)}
	yes := true
	d.AssertionConsumerServices = []saml.IndexedEndpoint{{Binding: saml.HTTPPostBinding, Location: sp.sign.AcsURL.String(), Index: 1, IsDefault: &yes}}
	d.SingleLogoutServices = []saml.Endpoint{{Binding: saml.HTTPRedirectBinding, Location: sp.sign.SloURL.String()}}
	d.NameIDFormats = []saml.NameIDFormat{saml.TransientNameIDFormat}
	sp.cfg.Organization.describe(md)
	b, err := xml.MarshalIndent(md, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("suomifi: metadata: %w", err)
	}
	return append([]byte(xml.Header), b...), nil
}

func keyDescriptor(use string, kp KeyPair, methods []saml.EncryptionMethod) saml.KeyDescriptor {
	return saml.KeyDescriptor{Use: use, EncryptionMethods: methods, KeyInfo: saml.KeyInfo{X509Data: saml.X509Data{
		X509Certificates: []saml.X509Certificate{{Data: base64.StdEncoding.EncodeToString(kp.Cert.Raw)}}}}}
}
