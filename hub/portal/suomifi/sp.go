package suomifi

import (
	"crypto/x509"
	"encoding/base64"
	"encoding/xml"
	"fmt"
	"net/url"
	"strings"

	"github.com/crewjam/saml"
	dsig "github.com/russellhaering/goxmldsig"
)

// Config configures a service provider. Zero values take the defaults.
type Config struct {
	// BaseURL is the public URL the SP's endpoints live under:
	// BaseURL+"/acs" (POST), "/slo" (Redirect) and "/metadata".
	BaseURL string
	// EntityID is the SP's SAML entity ID; BaseURL+"/metadata" by default.
	EntityID string
	// Signing signs AuthnRequests and LogoutRequests; Encryption is the
	// key the IdP encrypts assertions to. Suomi.fi wants them separate.
	Signing, Encryption KeyPair
	// IdPMetadata is the identity provider's metadata XML.
	IdPMetadata []byte
	// MinLevel is the lowest level of assurance accepted: 2 (loa2,
	// eIDAS substantial; the default) or 3 (loa3, eIDAS high).
	MinLevel int
	// Organization names the service in the metadata; Suomi.fi's
	// registration requires it.
	Organization *Organization
}

// Times are crewjam/saml's: the validity windows of responses and the
// replay cache both run on saml.TimeNow, the wall clock.

// SP is a service provider for one identity provider.
type SP struct {
	cfg      Config
	sign     saml.ServiceProvider // signs requests
	dec      saml.ServiceProvider // the same, with the encryption key: parses responses
	idp      *saml.EntityDescriptor
	idpCerts []*x509.Certificate
	replay   *replayCache
}

// New checks cfg and returns the SP.
func New(cfg Config) (*SP, error) {
	if cfg.MinLevel == 0 {
		cfg.MinLevel = 2
	}
	cfg.BaseURL = strings.TrimSuffix(cfg.BaseURL, "/")
	if cfg.EntityID == "" {
		cfg.EntityID = cfg.BaseURL + "/metadata"
	}
	if cfg.Signing.Key == nil || cfg.Encryption.Key == nil {
		return nil, fmt.Errorf("suomifi: signing and encryption keys are needed")
	}
	idp := &saml.EntityDescriptor{}
	if err := xml.Unmarshal(cfg.IdPMetadata, idp); err != nil || len(idp.IDPSSODescriptors) == 0 {
		return nil, fmt.Errorf("suomifi: identity provider metadata: %v", err)
	}
	sp := &SP{cfg: cfg, idp: idp, replay: newReplayCache(saml.TimeNow)}
	if err := sp.setup(); err != nil {
		return nil, err
	}
	return sp, nil
}

func (sp *SP) setup() error {
	var err error
	if sp.idpCerts, err = signingCerts(sp.idp); err != nil {
		return err
	}
	base, err := url.Parse(sp.cfg.BaseURL)
	if err != nil {
		return fmt.Errorf("suomifi: base URL: %w", err)
	}
	sp.sign = saml.ServiceProvider{
		EntityID: sp.cfg.EntityID, Key: sp.cfg.Signing.Key, Certificate: sp.cfg.Signing.Cert,
		MetadataURL: *base.JoinPath("metadata"), AcsURL: *base.JoinPath("acs"), SloURL: *base.JoinPath("slo"),
		IDPMetadata: sp.idp, AuthnNameIDFormat: saml.TransientNameIDFormat,
		SignatureMethod: dsig.RSASHA256SignatureMethod, LogoutBindings: []string{saml.HTTPRedirectBinding},
		// crewjam/saml sends one class; "minimum" lets the IdP answer
		// with loa3 or the eIDAS levels as well, and checkLoA checks it.
		RequestedAuthnContext: &saml.RequestedAuthnContext{Comparison: "minimum", AuthnContextClassRef: minClass[sp.cfg.MinLevel]},
	}
	sp.dec = sp.sign
	sp.dec.Key, sp.dec.Certificate = sp.cfg.Encryption.Key, sp.cfg.Encryption.Cert
	return nil
}

// signingCerts returns the IdP's signing certificates from its metadata.
func signingCerts(idp *saml.EntityDescriptor) ([]*x509.Certificate, error) {
	var out []*x509.Certificate
	for _, kd := range idp.IDPSSODescriptors[0].KeyDescriptors {
		if kd.Use != "signing" && kd.Use != "" {
			continue
		}
		for _, c := range kd.KeyInfo.X509Data.X509Certificates {
			der, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(c.Data), ""))
			cert, err2 := x509.ParseCertificate(der)
			if err != nil || err2 != nil {
				return nil, fmt.Errorf("suomifi: identity provider certificate: %v %v", err, err2)
			}
			out = append(out, cert)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("suomifi: identity provider metadata has no signing certificate")
	}
	return out, nil
}

// EntityID is the SP's entity ID.
func (sp *SP) EntityID() string { return sp.cfg.EntityID }

// IdPOrigin is the scheme and host of the IdP's login service, for a
// Content-Security-Policy's form-action.
func (sp *SP) IdPOrigin() string {
	u, err := url.Parse(sp.sign.GetSSOBindingLocation(saml.HTTPRedirectBinding))
	if err != nil {
		return ""
	}
	return u.Scheme + "://" + u.Host
}
