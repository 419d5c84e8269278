package mandatetest

import (
	"crypto/hmac"
	"crypto/rand"
	"net/http"
	"strings"
	"time"

	"vuoro/hub/portal/mandates"
)

// checked refuses a /service call whose X-AsiointivaltuudetAuthorization
// is missing, names another client, is too far from the server's clock or
// does not match the request's path and query.
func (s *Server) checked(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		f := strings.Fields(r.Header.Get(mandates.HeaderName))
		if len(f) != 3 || f[0] != s.o.ClientID || !s.fresh(f[1]) ||
			!hmac.Equal([]byte(f[2]), []byte(mandates.Checksum(s.o.Secret, r.URL.RequestURI(), f[1]))) {
			answer(w, http.StatusUnauthorized, map[string]string{"error": "checksum"}) // the body is inferred
			return
		}
		h(w, r)
	}
}

func (s *Server) fresh(ts string) bool {
	t, err := time.Parse(time.RFC3339Nano, ts)
	d := s.o.Now().Sub(t)
	return err == nil && d < MaxSkew && d > -MaxSkew
}

// bearer passes a call on with its session when the bearer token is the
// one issued for that session, and a principal was chosen in it.
func (s *Server) bearer(h func(http.ResponseWriter, *http.Request, *session)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		se, ok := s.session(r.PathValue("session"))
		tok, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok {
			answer(w, http.StatusNotFound, map[string]string{"error": "no such session"})
			return
		}
		if se.token == "" || !hmac.Equal([]byte(tok), []byte(se.token)) || se.principal == nil {
			answer(w, http.StatusUnauthorized, map[string]string{"error": "invalid_token"})
			return
		}
		h(w, r, se)
	}
}

// token exchanges a code for an access token, once, for the client with
// its OAuth secret (HTTP Basic) and the redirect_uri the code was given for.
func (s *Server) token(w http.ResponseWriter, r *http.Request) {
	id, secret, ok := r.BasicAuth()
	if !ok || id != s.o.ClientID || !hmac.Equal([]byte(secret), []byte(s.o.OAuthSecret)) {
		answer(w, http.StatusUnauthorized, map[string]string{"error": "invalid_client"})
		return
	}
	code, redirect := r.FormValue("code"), r.FormValue("redirect_uri")
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, se := range s.sessions {
		if code != "" && se.code == code && se.redirect == redirect && r.FormValue("grant_type") == "authorization_code" {
			se.code, se.token = "", rand.Text()
			answer(w, http.StatusOK, map[string]any{"access_token": se.token, "token_type": "bearer", "expires_in": 600})
			return
		}
	}
	answer(w, http.StatusBadRequest, map[string]string{"error": "invalid_grant"})
}
