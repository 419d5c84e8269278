package web

import (
	"embed"
	"html/template"
	"log/slog"
	"net/http"
	"net/netip"
	"time"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/hub/store"
	"vuoro/hub/web/action"
	"vuoro/hub/webkit"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Store is what the console needs of the hub's data file: the users'
// password hashes (bcrypt) and the event log, for the log browser.
type Store interface {
	Credential(login string) ([]byte, error)
	SetCredential(login string, hash []byte) error
	Events(after uint64, limit int) ([]event.Event, error)
	LastSeq() (uint64, error)
	// Query answers a filtered page of the log from its indexes.
	Query(f store.Filter, after uint64, limit int) (store.Page, error)
	webkit.SessionStore
}

// Options configure the console. Zero values take the defaults.
type Options struct {
	Logger        *slog.Logger
	Now           func() time.Time
	SecureCookies bool // set the Secure flag; on whenever served over HTTPS
	BcryptCost    int  // cost of new password hashes; bcrypt.DefaultCost
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names
	// the client; without them the peer's address is the client's.
	TrustedProxies []netip.Prefix
	// SiteFile is the site file the hub is brought to at start, if any:
	// the catalogue pages say that it overrides what they change.
	SiteFile string
	// Devices enrols and revokes the site's devices (hub/server wires
	// the hub's); without it the device page lists the devices only.
	Devices action.Devices
	// HubURL is the hub's web address an installer's device enrols at;
	// the address the console was reached at by default.
	HubURL string
	// MQTTCA is the SHA-256 fingerprint (hex) of the CA of a hub serving
	// MQTT over TLS: shown with each enrolment code, in its QR code and in
	// the installer's command, for the device to check.
	MQTTCA string
	// Reports gives the queue reports (hub/report); without it the
	// reports page and API say the hub keeps none.
	Reports Reports
}

// Server is the console's HTTP handler. Close it to end the live streams.
type Server struct {
	d       *deps
	handler http.Handler
}

// New returns the console for eng. It reads the open help requests from
// the log, then follows the engine's events.
func New(eng *queue.Engine, st Store, o Options) *Server {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.BcryptCost == 0 {
		o.BcryptCost = bcrypt.DefaultCost
	}
	d := &deps{eng: eng, store: st, opts: o, sess: newSessions(o, st), limit: webkit.NewLimiter(o.Now, loginRules),
		feed: newFeed(), site: newSite(o)}
	d.cookie = webkit.Cookie{Name: "vuoro_session", Path: "/", MaxAge: sessionAbsolute, SameSite: http.SameSiteStrictMode,
		Secure: o.SecureCookies}
	d.tpl = template.Must(template.New("").Funcs(funcs).ParseFS(templateFS, "templates/*.html"))
	d.act = &action.Deps{Eng: eng, Store: st, BcryptCost: o.BcryptCost, Devices: o.Devices,
		EndSessions: func(login string) { endSessions(d.sess, login) }}
	eng.Observe(live{d}.observe)
	return &Server{d: d, handler: d.site.Handler(routes(d))}
}

// newSite is the console's frame: its headers, its language cookie and
// its error pages.
func newSite(o Options) *webkit.Site {
	lang := webkit.Cookie{Name: "vuoro_console_lang", Path: "/", MaxAge: 365 * 24 * time.Hour,
		SameSite: http.SameSiteStrictMode, Secure: o.SecureCookies}
	return &webkit.Site{CSP: "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
		Langs: webkit.Languages{Cookie: lang}, Home: "/console", Style: "/static/console.css", API: "/api/", Logger: o.Logger}
}

// Close ends every live stream, so that an http.Server's Shutdown does
// not wait for them.
func (s *Server) Close() { s.d.feed.close() }

// LiveClients is how many console pages follow the queues live now
// (Server-Sent Events streams open).
func (s *Server) LiveClients() int { return s.d.feed.streams() }

// ServeHTTP serves the console in its frame (webkit.Site).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }
