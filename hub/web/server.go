package web

import (
	"embed"
	"html/template"
	"log/slog"
	"net/http"
	"net/netip"
	"sync/atomic"
	"time"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/event"
	"vuoro/hub/queue"
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
	SessionStore
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
}

// Server is the console's HTTP handler. Close it to end the live streams.
type Server struct {
	eng      *queue.Engine
	store    Store
	opts     Options
	sess     *sessions
	throttle *throttle
	feed     *feed
	changed  atomic.Uint64 // the last event that changed what a console shows
	tpl      *template.Template
	mux      *http.ServeMux
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
	s := &Server{eng: eng, store: st, opts: o, sess: newSessions(o.Now, st, o.Logger), throttle: newThrottle(o.Now),
		feed: newFeed(), mux: http.NewServeMux()}
	s.tpl = template.Must(template.New("").Funcs(funcs).ParseFS(templateFS, "templates/*.html"))
	eng.Observe(s.observe)
	s.routes()
	return s
}

// Close ends every live stream, so that an http.Server's Shutdown does
// not wait for them.
func (s *Server) Close() { s.feed.close() }

func (s *Server) routes() {
	s.mux.Handle("GET /static/", http.FileServerFS(staticFS))
	s.mux.HandleFunc("GET /{$}", redirectTo("/console"))
	s.mux.HandleFunc("GET /admin", redirectTo("/admin/queues"))
	s.mux.HandleFunc("GET /login", s.loginPage)
	s.mux.HandleFunc("POST /login", s.login)
	s.mux.HandleFunc("POST /logout", s.page(queue.RoleClerk, s.logout))
	s.mux.HandleFunc("GET /console/events", s.page(queue.RoleClerk, s.stream))
	s.mux.HandleFunc("POST /console/room", s.page(queue.RoleClerk, s.chooseRoom))
	s.mux.HandleFunc("POST /console/{action}", s.page(queue.RoleClerk, s.form))
	for path, p := range pages {
		s.mux.HandleFunc("GET "+path, s.page(p.least, s.show(path)))
	}
	s.apiRoutes()
}

func redirectTo(path string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, path, http.StatusSeeOther) }
}

// ServeHTTP serves the console with the headers every response carries.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	if s.switchLang(w, r) {
		return
	}
	s.mux.ServeHTTP(w, r)
}
