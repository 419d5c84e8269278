package web

import (
	"net/http"
	"regexp"
	"strings"

	"vuoro/hub/queue"
)

// apiRoutes are the API's actions: the same actions, by the same names,
// as the console's forms. A path wildcard fills the input's field of the
// same name.
var apiRoutes = []struct{ pattern, action string }{
	{"POST /api/v1/call", "call"},
	{"POST /api/v1/visits/{ticket}/call", "call-ticket"},
	{"POST /api/v1/visits/{ticket}/recall", "recall"},
	{"POST /api/v1/visits/{ticket}/start", "start"},
	{"POST /api/v1/visits/{ticket}/noshow", "noshow"},
	{"POST /api/v1/visits/{ticket}/return", "return"},
	{"POST /api/v1/visits/{ticket}/hold", "hold"},
	{"POST /api/v1/visits/{ticket}/resume", "resume"},
	{"POST /api/v1/visits/{ticket}/end", "end"},
	{"POST /api/v1/visits/{ticket}/persons", "persons"},
	{"POST /api/v1/visits/{ticket}/priority", "priority"},
	{"POST /api/v1/visits/{ticket}/messages", "message"},
	{"POST /api/v1/visits/{ticket}/transfer", "transfer"},
	{"POST /api/v1/visits/{ticket}/delete", "delete"},
	{"POST /api/v1/queues/{service}/pause", "pause"},
	{"PUT /api/v1/queues/{service}/settings", "configure"},
	{"POST /api/v1/appointments", "book"},
	{"POST /api/v1/appointments/{appointment}/checkin", "checkin"},
	{"POST /api/v1/appointments/{appointment}/cancel", "cancel-appointment"},
	{"POST /api/v1/help/{help}/ack", "ack-help"},
	{"POST /api/v1/help/{help}/close", "close-help"},
	{"POST /api/v1/users", "add-user"},
	{"POST /api/v1/users/{login}/disable", "disable-user"},
	{"POST /api/v1/users/{login}/password", "set-password"},
	{"POST /api/v1/rooms", "add-room"},
	{"PUT /api/v1/site", "site"},
	{"POST /api/v1/agencies", "add-agency"},
	{"PUT /api/v1/agencies/{agency}", "update-agency"},
	{"POST /api/v1/services", "add-service"},
	{"PUT /api/v1/services/{service}", "update-service"},
	{"PUT /api/v1/rooms/{room}", "update-room"},
}

func (s *Server) apiRoutes() {
	s.mux.HandleFunc("POST /api/v1/login", s.apiLogin)
	s.mux.HandleFunc("POST /api/v1/logout", s.api(queue.RoleClerk, s.apiLogout))
	s.mux.HandleFunc("GET /api/v1/queues", s.api(queue.RoleClerk, s.apiQueues))
	s.mux.HandleFunc("GET /api/v1/appointments", s.api(queue.RoleClerk, s.apiAppointments))
	s.mux.HandleFunc("GET /api/v1/help", s.api(queue.RoleAdvisor, s.apiHelp))
	s.mux.HandleFunc("GET /api/v1/users", s.api(queue.RoleAdmin, s.apiUsers))
	s.mux.HandleFunc("GET /api/v1/events", s.api(queue.RoleAdmin, s.apiEvents))
	for _, rt := range apiRoutes {
		s.mux.HandleFunc(rt.pattern, s.api(queue.RoleClerk, s.apiAction(rt.pattern, rt.action)))
	}
}

// apiHandler serves an authenticated API client.
type apiHandler func(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk)

type apiError struct {
	Error string `json:"error"`
}

// api wraps h with the bearer token check and the role check.
func (s *Server) api(least queue.Role, h apiHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		se, live := s.sess.Get(token)
		c, known := s.clerk(se)
		switch {
		case !ok || !live || !known:
			writeJSON(w, http.StatusUnauthorized, apiError{"log in first: POST /api/v1/login"})
		case !may(c, least):
			writeJSON(w, http.StatusForbidden, apiError{errNoRight.Error()})
		default:
			h(w, r, se, c)
		}
	}
}

var wildcard = regexp.MustCompile(`\{(\w+)\}`)

// apiAction runs a named action with a JSON body and the path's values.
func (s *Server) apiAction(pattern, name string) apiHandler {
	a, params := actions[name], wildcard.FindAllStringSubmatch(pattern, -1)
	return func(w http.ResponseWriter, r *http.Request, _ session, c queue.Clerk) {
		in, err := jsonInput(w, r)
		if err != nil {
			writeJSON(w, http.StatusBadRequest, apiError{"malformed JSON body: " + err.Error()})
			return
		}
		for _, p := range params {
			if err := in.set(p[1], r.PathValue(p[1])); err != nil {
				writeJSON(w, http.StatusNotFound, apiError{"no such " + p[1]})
				return
			}
		}
		out, err := s.perform(c, a, in)
		if err != nil {
			s.failed(name, err)
			writeJSON(w, status(err), apiError{err.Error()})
			return
		}
		writeJSON(w, http.StatusOK, out.Value)
	}
}
