package web

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"vuoro/hub/queue"
)

// apiHandler serves an authenticated API client.
type apiHandler func(w http.ResponseWriter, r *http.Request, c queue.Clerk)

func (s *Server) apiRoutes() {
	s.mux.HandleFunc("POST /api/v1/login", s.apiLogin)
	s.mux.HandleFunc("GET /api/v1/queues", s.api(s.apiQueues))
	s.mux.HandleFunc("POST /api/v1/call", s.api(s.apiCall))
	s.mux.HandleFunc("POST /api/v1/visits/{id}/end", s.api(s.apiEnd))
}

type apiError struct {
	Error string `json:"error"`
}

func (s *Server) api(h apiHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		se, live := s.sess.get(token)
		c, known := s.clerk(se)
		if !ok || !live || !known {
			writeJSON(w, http.StatusUnauthorized, apiError{"log in first: POST /api/v1/login"})
			return
		}
		h(w, r, c)
	}
}

func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{"malformed JSON body: " + err.Error()})
		return false
	}
	return true
}

func (s *Server) apiLogin(w http.ResponseWriter, r *http.Request) {
	var in struct{ Login, Password string }
	if !decode(w, r, &in) {
		return
	}
	c, ok := s.authenticate(in.Login, in.Password)
	if !ok {
		s.opts.Logger.Warn("api login failed", "login", in.Login)
		writeJSON(w, http.StatusUnauthorized, apiError{"wrong login or password"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"token": s.sess.create(c.Login).token})
}

type queueOut struct {
	Service string         `json:"service"`
	Waiting []queue.Ticket `json:"waiting"`
	Serving []queue.Ticket `json:"serving"`
}

func (s *Server) apiQueues(w http.ResponseWriter, _ *http.Request, c queue.Clerk) {
	out := []queueOut{}
	s.eng.Read(func(st *queue.State) {
		for _, sv := range services(st, c) {
			out = append(out, queueOut{Service: sv.ID, Waiting: st.Waiting(sv.ID), Serving: st.Serving(sv.ID)})
		}
	})
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiCall(w http.ResponseWriter, r *http.Request, c queue.Clerk) {
	var in struct{ Service, Room string }
	if !decode(w, r, &in) {
		return
	}
	s.reply(w)(s.call(c, in.Service, in.Room))
}

func (s *Server) apiEnd(w http.ResponseWriter, r *http.Request, c queue.Clerk) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil {
		writeJSON(w, http.StatusNotFound, apiError{"no such visit"})
		return
	}
	s.reply(w)(s.end(c, id))
}

// reply writes an action's outcome.
func (s *Server) reply(w http.ResponseWriter) func(queue.Ticket, error) {
	return func(t queue.Ticket, err error) {
		if err != nil {
			writeJSON(w, status(err), apiError{err.Error()})
			return
		}
		writeJSON(w, http.StatusOK, t)
	}
}
