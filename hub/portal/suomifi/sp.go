package suomifi

import (
	"crypto/x509"
	"encoding/base64"
	"fmt"
	"net/url"
	"strings"
	"sync/atomic"

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
	// IdPMetadata is the identity provider's metadata XML: its
	// EntityDescriptor, or an EntitiesDescriptor holding it.
	IdPMetadata []byte
	// IdPEntityID picks the identity provider out of an EntitiesDescriptor;
	// by default the only one in it.
	IdPEntityID string
	// MinLevel is the lowest level of assurance accepted: 2 (loa2,
	// eIDAS substantial; the default) or 3 (loa3, eIDAS high).
	MinLevel int
	// Organization names the service in the metadata; Suomi.fi's
	// registration requires it.
	Organization *Organization
	// Clock is the time of the SAML checks; the wall clock by default.
	Clock Clock
}

// SP is a service provider for one identity provider.
type SP struct {
	cfg    Config
	base   *url.URL
	replay *replayCache
	cur    atomic.Pointer[binding] // the IdP as last loaded; replaced whole
}

// binding is the SP bound to one version of the IdP's metadata. It is not
// changed once published: a refresh publishes a new one.
type binding struct {
	saml  saml.ServiceProvider
	idp   *saml.EntityDescriptor
	certs []*x509.Certificate // the IdP's signing certificates
}

// New checks cfg and returns the SP.
func New(cfg Config) (*SP, error) {
	if cfg.MinLevel == 0 {
		cfg.MinLevel = 2
	}
	if cfg.Clock == nil {
		cfg.Clock = wallClock{}
	}
	cfg.BaseURL = strings.TrimSuffix(cfg.BaseURL, "/")
	if cfg.EntityID == "" {
		cfg.EntityID = cfg.BaseURL + "/metadata"
	}
	if cfg.Signing.Key == nil || cfg.Encryption.Key == nil {
		return nil, fmt.Errorf("suomifi: signing and encryption keys are needed")
	}
	base, err := url.Parse(cfg.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("suomifi: base URL: %w", err)
	}
	idp, err := ParseIdPMetadata(cfg.IdPMetadata, cfg.IdPEntityID)
	if err != nil {
		return nil, err
	}
	sp := &SP{cfg: cfg, base: base, replay: newReplayCache(cfg.Clock.Now)}
	return sp, sp.SetIdP(idp)
}

// SetIdP replaces the identity provider's metadata, as a refresh does.
// Logins under way keep working if the IdP's key stays the same.
func (sp *SP) SetIdP(idp *saml.EntityDescriptor) error {
	certs, err := signingCerts(idp)
	if err != nil {
		return err
	}
	sp.cur.Store(&binding{saml: sp.provider(idp), idp: idp, certs: certs})
	return nil
}

// provider is crewjam/saml's service provider for idp.
func (sp *SP) provider(idp *saml.EntityDescriptor) saml.ServiceProvider {
	return saml.ServiceProvider{
		EntityID: sp.cfg.EntityID, Key: sp.cfg.Signing.Key, Certificate: sp.cfg.Signing.Cert,
		EncryptionKey: sp.cfg.Encryption.Key, EncryptionCertificate: sp.cfg.Encryption.Cert,
		MetadataURL: *sp.base.JoinPath("metadata"), AcsURL: *sp.base.JoinPath("acs"), SloURL: *sp.base.JoinPath("slo"),
		IDPMetadata: idp, AuthnNameIDFormat: saml.TransientNameIDFormat, Clock: DsigClock(sp.cfg.Clock),
		SignatureMethod: dsig.RSASHA256SignatureMethod, LogoutBindings: []string{saml.HTTPRedirectBinding},
		AssertionConsumerServiceBindings: []string{saml.HTTPPostBinding},
		// crewjam/saml sends one class; "minimum" lets the IdP answer
		// with loa3 or the eIDAS levels as well, and identity checks it.
		RequestedAuthnContext: &saml.RequestedAuthnContext{Comparison: "minimum", AuthnContextClassRef: minClass[sp.cfg.MinLevel]},
	}
}

// signingCerts returns the IdP's signing certificates from its metadata.
func signingCerts(idp *saml.EntityDescriptor) ([]*x509.Certificate, error) {
	var out []*x509.Certificate
	for _, kd := range idp.IDPSSODescriptors[0].KeyDescriptors {
		if kd.Use != "signing" && kd.Use != "" {
			continue
		}
		for _, c := range kd.KeyInfo.X509Data.X509Certificates {
			cert, err := parseCert(c.Data)
			if err != nil {
				return nil, err
			}
			out = append(out, cert)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("suomifi: identity provider metadata has no signing certificate")
	}
	return out, nil
}

// parseCert reads a base64 DER certificate as metadata carries it.
func parseCert(b64 string) (*x509.Certificate, error) {
	der, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(b64), ""))
	if err != nil {
		return nil, fmt.Errorf("suomifi: identity provider certificate: %w", err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, fmt.Errorf("suomifi: identity provider certificate: %w", err)
	}
	return cert, nil
}

// EntityID is the SP's entity ID.
func (sp *SP) EntityID() string { return sp.cfg.EntityID }

// IdPEntityID is the entity ID of the identity provider in use.
func (sp *SP) IdPEntityID() string { return sp.cur.Load().idp.EntityID }

// IdPOrigin is the scheme and host of the IdP's login service, for a
// Content-Security-Policy's form-action.
func (sp *SP) IdPOrigin() string {
	b := sp.cur.Load()
	u, err := url.Parse(b.saml.GetSSOBindingLocation(saml.HTTPRedirectBinding))
	if err != nil {
		return ""
	}
	return u.Scheme + "://" + u.Host
}
