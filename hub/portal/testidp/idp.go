package testidp

import (
	"crypto/x509"
	"embed"
	"encoding/base64"
	"encoding/xml"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/crewjam/saml"
	"github.com/crewjam/saml/xmlenc"
	dsig "github.com/russellhaering/goxmldsig"

	"vuoro/hub/portal/suomifi"
)

//go:embed templates/*.html
var templateFS embed.FS

// Options configure the test IdP.
type Options struct {
	// BaseURL is the public URL it is mounted at; its endpoints are
	// BaseURL+"/metadata", "/sso" and "/slo".
	BaseURL    string
	Identities []Identity // Identities by default
	// Clock is the time the IdP issues and checks messages at; the wall
	// clock by default.
	Clock suomifi.Clock
	// Cipher encrypts assertions; AES-128-GCM, as Suomi.fi's, by default.
	Cipher xmlenc.BlockCipher
	// Quirks change how responses are written, for tests.
	Quirks Quirks
}

// IdP is the test identity provider; an http.Handler.
type IdP struct {
	opts     Options
	kp       suomifi.KeyPair
	idp      saml.IdentityProvider
	path     string // the URL path it is mounted at
	tpl      *template.Template
	mu       sync.Mutex
	sps      map[string]*saml.EntityDescriptor
	pending  map[string]*saml.IdpAuthnRequest
	sessions map[string]session // by SessionIndex
}

type session struct {
	nameID, sp string
}

// New returns a test IdP with a fresh signing key.
func New(o Options) (*IdP, error) {
	if o.Identities == nil {
		o.Identities = Identities
	}
	if o.Clock == nil {
		o.Clock = wallClock{}
	}
	if o.Cipher == nil {
		o.Cipher = xmlenc.AES128GCM
	}
	o.BaseURL = strings.TrimSuffix(o.BaseURL, "/")
	base, err := url.Parse(o.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("testidp: base URL: %w", err)
	}
	kp, err := suomifi.NewKeyPair("Vuoro test IdP")
	if err != nil {
		return nil, err
	}
	p := &IdP{opts: o, kp: kp, path: base.Path, tpl: template.Must(template.ParseFS(templateFS, "templates/*.html")),
		sps: map[string]*saml.EntityDescriptor{}, pending: map[string]*saml.IdpAuthnRequest{}, sessions: map[string]session{}}
	p.idp = saml.IdentityProvider{Key: kp.Key, Certificate: kp.Cert, SignatureMethod: dsig.RSASHA256SignatureMethod,
		MetadataURL: *base.JoinPath("metadata"), SSOURL: *base.JoinPath("sso"), LogoutURL: *base.JoinPath("slo"),
		ServiceProviderProvider: p, WantAuthnRequestsSigned: true, Clock: suomifi.DsigClock(o.Clock)}
	return p, nil
}

type wallClock struct{}

func (wallClock) Now() time.Time { return time.Now() }

// EntityID is the IdP's entity ID.
func (p *IdP) EntityID() string { return p.idp.MetadataURL.String() }

// Metadata is the IdP's metadata XML. Unlike crewjam/saml's, it says that
// AuthnRequests must be signed, as Suomi.fi's does.
func (p *IdP) Metadata() []byte {
	md := p.idp.Metadata()
	yes := true
	md.IDPSSODescriptors[0].WantAuthnRequestsSigned = &yes
	b, _ := xml.MarshalIndent(md, "", "  ")
	return append([]byte(xml.Header), b...)
}

// Trust adds a service provider by its metadata.
func (p *IdP) Trust(spMetadata []byte) error {
	md := &saml.EntityDescriptor{}
	if err := xml.Unmarshal(spMetadata, md); err != nil || len(md.SPSSODescriptors) == 0 {
		return fmt.Errorf("testidp: service provider metadata: %v", err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.sps[md.EntityID] = md
	return nil
}

// GetServiceProvider is for crewjam/saml's request validation.
func (p *IdP) GetServiceProvider(_ *http.Request, id string) (*saml.EntityDescriptor, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if md, ok := p.sps[id]; ok {
		return md, nil
	}
	return nil, os.ErrNotExist
}

// spCerts returns the certificates of a service provider for use.
func (p *IdP) spCerts(entityID, use string) []*x509.Certificate {
	md, err := p.GetServiceProvider(nil, entityID)
	if err != nil {
		return nil
	}
	var out []*x509.Certificate
	for _, kd := range md.SPSSODescriptors[0].KeyDescriptors {
		for _, c := range kd.KeyInfo.X509Data.X509Certificates {
			der, _ := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(c.Data), ""))
			if cert, err := x509.ParseCertificate(der); err == nil && (kd.Use == use || kd.Use == "") {
				out = append(out, cert)
			}
		}
	}
	return out
}

// ServeHTTP serves the metadata, login and logout endpoints.
func (p *IdP) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	switch r.Method + " " + strings.TrimPrefix(r.URL.Path, p.path) {
	case "GET /metadata":
		h.Set("Content-Type", "application/samlmetadata+xml")
		w.Write(p.Metadata())
	case "GET /sso":
		p.serveSSO(w, r)
	case "POST /sso":
		p.serveChoice(w, r)
	case "GET /slo":
		p.serveSLO(w, r)
	default:
		http.NotFound(w, r)
	}
}
