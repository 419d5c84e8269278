package portal

import (
	"embed"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"

	"vuoro/hub/portal/suomifi"
	"vuoro/hub/voucher"
	"vuoro/hub/webkit"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Credentials keeps password hashes (bcrypt); *store.Store is one. The
// portal's logins are kept under "portal:" + login.
type Credentials interface {
	SetCredential(login string, hash []byte) error
	Credential(login string) ([]byte, error)
}

// Options configure the portal. Zero values take the defaults.
type Options struct {
	// Log is the durable event log. The queue engine refuses events of
	// kinds it does not know, so give the portal a log of its own (a second
	// store file) unless the queue learns to skip "voucher." events.
	Log         voucher.Log
	Credentials Credentials
	// Sessions keeps the logins across restarts (the portal's data file).
	Sessions webkit.SessionStore
	Clock    voucher.Clock // the wall clock by default
	Logger   *slog.Logger
	// BaseURL is the public URL the portal is mounted at, path included:
	// "https://palveluseteli.example.fi/portal". Mount the handler at
	// that path without stripping it.
	BaseURL string
	// IdPMetadata is Suomi.fi's (or the test IdP's) metadata XML: an
	// EntityDescriptor or an EntitiesDescriptor.
	IdPMetadata []byte
	// IdPEntityID picks the IdP out of an EntitiesDescriptor; by default
	// the only one in it.
	IdPEntityID string
	// Signing and Encryption are the SAML keys; fresh ones are made when
	// nil, which suits only a test IdP that reads the metadata at start.
	Signing, Encryption *suomifi.KeyPair
	MinLoA              int // 2 (default) or 3
	// Organization names the service in the SAML metadata.
	Organization  *suomifi.Organization
	SecureCookies bool // on whenever served over HTTPS
	// Mandates checks mandates in Suomi.fi Mandates; nil leaves only the
	// proxies municipalities name. MandatesOrigin is the origin its
	// selection page is on ("https://asiointivaltuustarkistus.suomi.fi"),
	// which the citizen's browser is sent to.
	Mandates       Mandates
	MandatesOrigin string
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names
	// the client, whose failed attempts are counted.
	TrustedProxies []netip.Prefix
}

type wallClock struct{}

func (wallClock) Now() time.Time { return time.Now() }

// Portal is the portal's HTTP handler.
type Portal struct {
	opts    Options
	path    string // the URL path it is mounted at, no trailing slash
	eng     *voucher.Engine
	sp      *suomifi.SP
	sess    *webkit.Sessions[userData]
	cookie  webkit.Cookie                 // the session's
	bind    webkit.Cookie                 // ties a citizen's login to the browser that started it
	tpl     map[string]*template.Template // by language
	mux     *http.ServeMux
	limit   *webkit.Limiter
	logins  *pendings
	logouts *pendings
	site    *webkit.Site
	handler http.Handler
}

// New opens the voucher engine on the log and returns the portal.
func New(o Options) (*Portal, error) {
	if o.Log == nil || o.Credentials == nil || o.Sessions == nil {
		return nil, errors.New("portal: Log, Credentials and Sessions are needed")
	}
	o = withDefaults(o)
	base, err := url.Parse(strings.TrimSuffix(o.BaseURL, "/"))
	if err != nil || base.Host == "" {
		return nil, fmt.Errorf("portal: base URL %q: %v", o.BaseURL, err)
	}
	p := &Portal{opts: o, path: base.Path, mux: http.NewServeMux(), sess: newSessions(o),
		limit: webkit.NewLimiter(o.Clock.Now, limitRules), logins: newPendings(time.Now), logouts: newPendings(time.Now)}
	p.cookie = webkit.Cookie{Name: "vuoro_portal", Path: p.path + "/", SameSite: http.SameSiteLaxMode, Secure: o.SecureCookies}
	p.bind = webkit.Cookie{Name: "vuoro_portal_login", Path: p.path + "/saml/", MaxAge: pendingTTL,
		SameSite: http.SameSiteLaxMode, Secure: o.SecureCookies}
	if p.eng, err = voucher.Open(o.Log, o.Clock); err != nil {
		return nil, err
	}
	if p.sp, err = newSP(o, base); err != nil {
		return nil, err
	}
	p.tpl = parseTemplates()
	p.site = p.newSite()
	p.routes()
	p.handler = p.site.Handler(p.mux)
	return p, nil
}

func withDefaults(o Options) Options {
	if o.Clock == nil {
		o.Clock = wallClock{}
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

func newSP(o Options, base *url.URL) (*suomifi.SP, error) {
	keys := []*suomifi.KeyPair{o.Signing, o.Encryption}
	for i, k := range keys {
		if k == nil {
			kp, err := suomifi.NewKeyPair("Vuoro palveluseteli")
			if err != nil {
				return nil, err
			}
			keys[i] = &kp
		}
	}
	return suomifi.New(suomifi.Config{BaseURL: base.JoinPath("saml").String(), Signing: *keys[0], Encryption: *keys[1],
		IdPMetadata: o.IdPMetadata, IdPEntityID: o.IdPEntityID, MinLevel: o.MinLoA, Organization: o.Organization})
}

// SAML is the portal's SAML service provider, for refreshing its IdP's
// metadata (suomifi.Refresh).
func (p *Portal) SAML() *suomifi.SP { return p.sp }

// Engine is the portal's voucher engine.
func (p *Portal) Engine() *voucher.Engine { return p.eng }

// Metadata is the SAML service provider's metadata, for the IdP.
func (p *Portal) Metadata() ([]byte, error) { return p.sp.Metadata() }

// newSite is the portal's frame: its headers, languages and error pages.
// The identity provider posts its response across sites, so the
// assertion consumer takes cross-site POSTs; it checks the signed
// response and the login's RelayState itself.
func (p *Portal) newSite() *webkit.Site {
	csp := "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self' " + p.sp.IdPOrigin()
	if p.opts.Mandates != nil {
		csp += " " + p.opts.MandatesOrigin
	}
	return &webkit.Site{CSP: csp, Langs: webkit.Languages{Cookie: langCookie(p.path, p.opts.SecureCookies), Browser: true},
		Home: p.path + "/", Style: p.path + "/static/portal.css", Bypass: []string{"POST " + p.path + "/saml/acs"},
		Logger: p.opts.Logger}
}

// ServeHTTP serves the portal in its frame (webkit.Site).
func (p *Portal) ServeHTTP(w http.ResponseWriter, r *http.Request) { p.handler.ServeHTTP(w, r) }
