package web

import (
	"net/http"
	"strings"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
	"vuoro/hub/web/authz"
)

// apiHandler serves an authenticated API client.
type apiHandler func(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk)

type apiError struct {
	Error string `json:"error"`
}

// api wraps h with the bearer token check and the role check.
func (s *deps) api(least queue.Role, h apiHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		se, live := s.sess.Get(token)
		c, known := s.clerk(se)
		switch {
		case !ok || !live || !known:
			writeJSON(w, http.StatusUnauthorized, apiError{"log in first: POST /api/v1/login"})
		case !authz.May(c, least):
			writeJSON(w, http.StatusForbidden, apiError{authz.ErrNoRight.Error()})
		default:
			h(w, r, se, c)
		}
	}
}

// api runs action a at one of its routes: its request from the JSON body
// and the path's wildcards.
func (s actionRoutes) api(a *action.Action, pattern string) apiHandler {
	params := action.Wildcards(pattern)
	return func(w http.ResponseWriter, r *http.Request, _ session, c queue.Clerk) {
		req := a.New()
		if err := a.FromJSON(req, http.MaxBytesReader(w, r.Body, 64<<10)); err != nil {
			writeJSON(w, http.StatusBadRequest, apiError{"malformed JSON body: " + err.Error()})
			return
		}
		for _, p := range params {
			if err := action.Set(req, p, r.PathValue(p)); err != nil {
				writeJSON(w, http.StatusNotFound, apiError{"no such " + p})
				return
			}
		}
		out, err := a.Do(s.act, c, req)
		if err != nil {
			s.failed(a.Name, err)
			writeJSON(w, status(err), apiError{err.Error()})
			return
		}
		writeJSON(w, http.StatusOK, out.Value)
	}
}

// decodeJSON reads a JSON body into v, as an action's request is read;
// an empty body leaves v as it is.
func decodeJSON(w http.ResponseWriter, r *http.Request, v any) error {
	return action.DecodeJSON(v, http.MaxBytesReader(w, r.Body, 64<<10))
}
