package suomifi

import (
	"encoding/base64"
	"encoding/xml"
	"fmt"
	"time"

	"github.com/crewjam/saml"
	"github.com/crewjam/saml/xmlenc"
)

// MetadataCacheDuration is how long a consumer may keep the SP metadata
// before it looks for a new copy. The metadata stays valid for much longer
// (until the first of its certificates expires), so an IdP that installs it
// weekly, as Suomi.fi does, never holds an expired copy.
const MetadataCacheDuration = 24 * time.Hour

// Metadata returns the SP's metadata for registering with Suomi.fi.
//
// crewjam/saml's metadata is valid for 48 hours and offers the Artifact
// binding; Suomi.fi installs metadata once a week and uses the POST binding
// only, and this SP has separate signing and encryption keys, so these are
// set here, with the Extensions Suomi.fi's template has (see extensions.go).
func (sp *SP) Metadata() ([]byte, error) {
	b := sp.cur.Load()
	md := b.saml.Metadata()
	md.ValidUntil, md.CacheDuration = sp.validUntil(), MetadataCacheDuration
	d := &md.SPSSODescriptors[0]
	d.ValidUntil = nil // the entity's holds for it
	methods := []saml.EncryptionMethod{{Algorithm: xmlenc.AES128GCM.Algorithm()}, {Algorithm: xmlenc.AES256GCM.Algorithm()},
		{Algorithm: xmlenc.AES256CBC.Algorithm()}, {Algorithm: "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"}}
	d.KeyDescriptors = []saml.KeyDescriptor{keyDescriptor("signing", sp.cfg.Signing, nil), keyDescriptor("encryption", sp.cfg.Encryption, methods)}
	yes := true
	d.AssertionConsumerServices = []saml.IndexedEndpoint{{Binding: saml.HTTPPostBinding, Location: b.saml.AcsURL.String(), Index: 1, IsDefault: &yes}}
	d.SingleLogoutServices = []saml.Endpoint{{Binding: saml.HTTPRedirectBinding, Location: b.saml.SloURL.String()}}
	d.NameIDFormats = []saml.NameIDFormat{saml.TransientNameIDFormat}
	md.Extensions = entityAttributes(sp.cfg.MinLevel)
	d.Extensions = sp.cfg.Organization.uiInfo()
	sp.cfg.Organization.describe(md)
	out, err := xml.MarshalIndent(md, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("suomifi: metadata: %w", err)
	}
	return append([]byte(xml.Header), out...), nil
}

// validUntil is when the first of the SP's certificates expires: the
// metadata means nothing after it.
func (sp *SP) validUntil() time.Time {
	return earliest(sp.cfg.Signing.Cert.NotAfter, sp.cfg.Encryption.Cert.NotAfter).UTC()
}

func keyDescriptor(use string, kp KeyPair, methods []saml.EncryptionMethod) saml.KeyDescriptor {
	return saml.KeyDescriptor{Use: use, EncryptionMethods: methods, KeyInfo: saml.KeyInfo{X509Data: saml.X509Data{
		X509Certificates: []saml.X509Certificate{{Data: base64.StdEncoding.EncodeToString(kp.Cert.Raw)}}}}}
}
