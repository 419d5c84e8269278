package mandatetest

import (
	"crypto/rand"
	"encoding/json"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// Mandate is a person-to-person mandate: Principal has authorised
// Delegate (both henkilötunnus) for the issue codes.
type Mandate struct {
	Delegate      string
	Principal     string
	PrincipalName string
	Issues        []string
}

// Options configure the server.
type Options struct {
	ClientID, Secret, OAuthSecret string
	Mandates                      []Mandate
	Now                           func() time.Time // the wall clock by default
}

// MaxSkew is how far a request's timestamp may be from the server's clock
// (inferred: Suomi.fi states that the clocks must agree, not by how much).
const MaxSkew = 5 * time.Minute

// session is one registration of a delegate.
type session struct {
	delegate  string
	user      string // the userId the browser is sent with
	redirect  string // the redirect_uri the code was given for
	code      string
	token     string
	principal *Mandate
}

// Server is the test service; it is an http.Handler.
type Server struct {
	o        Options
	mux      *http.ServeMux
	mu       sync.Mutex
	sessions map[string]*session // by sessionId
	// Garble makes every /service answer malformed JSON, as a broken
	// service would.
	Garble atomic.Bool
}

// New returns a server.
func New(o Options) *Server {
	if o.Now == nil {
		o.Now = time.Now
	}
	s := &Server{o: o, mux: http.NewServeMux(), sessions: map[string]*session{}}
	s.mux.HandleFunc("GET /service/hpa/user/register/{client}/{hetu}", s.checked(s.register))
	s.mux.HandleFunc("GET /service/hpa/user/unregister/{session}", s.checked(s.unregister))
	s.mux.HandleFunc("GET /service/hpa/api/delegate/{session}", s.checked(s.bearer(s.delegate)))
	s.mux.HandleFunc("GET /service/hpa/api/authorization/{session}/{principal}", s.checked(s.bearer(s.authorization)))
	s.mux.HandleFunc("GET /oauth/authorize", s.selection)
	s.mux.HandleFunc("POST /oauth/authorize", s.choose)
	s.mux.HandleFunc("POST /oauth/token", s.token)
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// Open is the number of sessions registered and not yet unregistered.
func (s *Server) Open() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sessions)
}

func (s *Server) session(id string) (*session, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	se, ok := s.sessions[id]
	return se, ok
}

func (s *Server) register(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("client") != s.o.ClientID {
		answer(w, http.StatusForbidden, map[string]string{"error": "unknown client"})
		return
	}
	id, user := rand.Text(), rand.Text()
	s.mu.Lock()
	s.sessions[id] = &session{delegate: r.PathValue("hetu"), user: user}
	s.mu.Unlock()
	s.reply(w, map[string]string{"sessionId": id, "userId": user})
}

func (s *Server) unregister(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	delete(s.sessions, r.PathValue("session"))
	s.mu.Unlock()
	s.reply(w, map[string]bool{"removed": true}) // the body is inferred
}

func (s *Server) delegate(w http.ResponseWriter, r *http.Request, se *session) {
	p := se.principal
	s.reply(w, []map[string]string{{"personId": p.Principal, "name": p.PrincipalName}})
}

func (s *Server) authorization(w http.ResponseWriter, r *http.Request, se *session) {
	result := "DISALLOWED"
	if p := se.principal; p.Principal == r.PathValue("principal") && covers(p.Issues, r.URL.Query()["issues"]) {
		result = "ALLOWED"
	}
	s.reply(w, map[string]any{"result": result, "reasons": []string{}})
}

// covers reports whether every issue asked is among those authorised.
func covers(have, asked []string) bool {
	if len(asked) == 0 {
		return false
	}
	for _, a := range asked {
		found := false
		for _, h := range have {
			found = found || h == a
		}
		if !found {
			return false
		}
	}
	return true
}

// reply answers a /service call, or garbles it.
func (s *Server) reply(w http.ResponseWriter, v any) {
	if s.Garble.Load() {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"sessionId": "`))
		return
	}
	answer(w, http.StatusOK, v)
}

func answer(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}
