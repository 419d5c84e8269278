package web

import (
	"embed"
	"html/template"
	"log/slog"
	"net/http"
	"time"

	"vuoro/hub/queue"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Credentials looks up a login's password hash (bcrypt).
type Credentials interface {
	Credential(login string) ([]byte, error)
}

// Options configure the console. Zero values take the defaults.
type Options struct {
	Logger        *slog.Logger
	Now           func() time.Time
	SecureCookies bool // set the Secure flag; on whenever served over HTTPS
}

// Server is the console's HTTP handler.
type Server struct {
	eng   *queue.Engine
	creds Credentials
	opts  Options
	sess  *sessions
	tpl   *template.Template
	mux   *http.ServeMux
}

// New returns the console for eng.
func New(eng *queue.Engine, creds Credentials, o Options) *Server {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	s := &Server{eng: eng, creds: creds, opts: o, sess: newSessions(o.Now), mux: http.NewServeMux()}
	s.tpl = template.Must(template.New("").Funcs(funcs).ParseFS(templateFS, "templates/*.html"))
	s.routes()
	return s
}

func (s *Server) routes() {
	s.mux.Handle("GET /static/", http.FileServerFS(staticFS))
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok\n")) })
	s.mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/console", http.StatusSeeOther) })
	s.mux.HandleFunc("GET /login", s.loginPage)
	s.mux.HandleFunc("POST /login", s.login)
	s.mux.HandleFunc("POST /logout", s.page(s.logout))
	s.mux.HandleFunc("GET /console", s.page(s.console))
	s.mux.HandleFunc("POST /console/room", s.page(s.chooseRoom))
	s.mux.HandleFunc("POST /console/call", s.page(s.callForm))
	s.mux.HandleFunc("POST /console/end", s.page(s.endForm))
	s.apiRoutes()
}

// ServeHTTP serves the console with the headers every response carries.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	s.mux.ServeHTTP(w, r)
}
