package web_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"vuoro/hub/queue"
)

// The users of the authorization matrix, each with a room of their own.
var matrixUsers = []struct {
	name, login, room string
	role              queue.Role
}{
	{"anonymous", "", "", ""},
	{"clerk", "vero", "1", queue.RoleClerk},
	{"other agency's clerk", "kela", "2", queue.RoleClerk},
	{"advisor", "neuvoja", "3", queue.RoleAdvisor},
	{"admin", "admin", "4", queue.RoleAdmin},
}

// reset ends every visit in service and restarts the queue, so that each
// case starts from a free clerk and room.
func (h *hub) reset() {
	for _, u := range matrixUsers {
		var id uint64
		h.eng.Read(func(st *queue.State) { t, _ := st.ActiveVisit(u.login); id = t.ID })
		if id != 0 {
			h.eng.End("system", id)
		}
	}
	h.eng.Pause("system", "vero-veroasiat", false)
}

// want is what user may get from an action of least role.
func want(role queue.Role, login string, least queue.Role, vero bool) string {
	rank := map[queue.Role]int{queue.RoleClerk: 1, queue.RoleAdvisor: 2, queue.RoleAdmin: 3}
	switch {
	case login == "":
		return "401"
	case rank[role] < rank[least], login == "kela" && vero:
		return "403"
	}
	return "allowed"
}

func TestAuthorizationMatrix(t *testing.T) {
	h := newHub(t)
	clients, tokens := map[string]*http.Client{"": browser(t)}, map[string]string{"": ""}
	csrf := map[string]string{}
	for _, u := range matrixUsers[1:] {
		clients[u.login], csrf[u.login] = login(t, h.srv, u.login)
		tokens[u.login] = apiLogin(t, h.srv, u.login)
	}
	for _, a := range matrixActions {
		for _, u := range matrixUsers {
			exp := want(u.role, u.login, a.least, a.vero)
			h.reset()
			form := formOf(a.args(h, u.login, u.room))
			form.Set("csrf", csrf[u.login])
			resp, body := post(t, clients[u.login], h.srv.URL+"/console/"+a.name, form)
			if got := webVerdict(resp); got != exp {
				t.Errorf("form %s as %s: %s (%s), want %s", a.name, u.name, got, errorOf(body), exp)
			}
			h.reset()
			code, body := apiCall(t, h, tokens[u.login], a.api, a.args(h, u.login, u.room))
			if got := apiVerdict(code); got != exp {
				t.Errorf("API %s as %s: %d %s, want %s", a.name, u.name, code, body, exp)
			}
		}
	}
}

func TestReadAuthorizationMatrix(t *testing.T) {
	h := newHub(t)
	reads := []struct {
		path  string
		least queue.Role
	}{
		{"/console", queue.RoleClerk}, {"/console/appointments", queue.RoleClerk}, {"/admin/queues", queue.RoleAdmin},
		{"/admin/users", queue.RoleAdmin}, {"/admin/rooms", queue.RoleAdmin}, {"/admin/site", queue.RoleAdmin},
		{"/admin/log", queue.RoleAdmin}, {"/api/v1/queues", queue.RoleClerk}, {"/api/v1/appointments", queue.RoleClerk},
		{"/api/v1/help", queue.RoleAdvisor}, {"/api/v1/users", queue.RoleAdmin}, {"/api/v1/events", queue.RoleAdmin},
	}
	for _, u := range matrixUsers {
		c, token := browser(t), ""
		if u.login != "" {
			c, _ = login(t, h.srv, u.login)
			token = apiLogin(t, h.srv, u.login)
		}
		for _, rd := range reads {
			exp := want(u.role, u.login, rd.least, false)
			var got string
			if strings.HasPrefix(rd.path, "/api/") {
				code, _ := api(t, h.srv, token, "GET", rd.path, "")
				got = apiVerdict(code)
			} else {
				resp, _ := getResp(t, c, h.srv.URL+rd.path)
				got = webVerdict(resp)
			}
			if got != exp {
				t.Errorf("GET %s as %s: %s, want %s", rd.path, u.name, got, exp)
			}
		}
	}
}

// webVerdict reads a form's or a page's answer: a redirect to the login
// page is the browser's 401.
func webVerdict(resp *http.Response) string {
	switch {
	case resp.StatusCode == http.StatusSeeOther && resp.Header.Get("Location") == "/login":
		return "401"
	case resp.StatusCode == http.StatusForbidden:
		return "403"
	case resp.StatusCode == http.StatusSeeOther, resp.StatusCode == http.StatusOK:
		return "allowed"
	}
	return fmt.Sprint(resp.StatusCode)
}

func apiVerdict(code int) string {
	if code == http.StatusOK {
		return "allowed"
	}
	return fmt.Sprint(code)
}

var (
	errorLine = regexp.MustCompile(`<p class="error"[^>]*>([^<]*)<`)
	flashLine = regexp.MustCompile(`<p class="flash"[^>]*>([^<]*)<`)
)

func errorOf(body string) string {
	if m := errorLine.FindStringSubmatch(body); m != nil {
		return m[1]
	}
	return ""
}

// formOf writes fields as a console form does.
func formOf(args map[string]any) url.Values {
	v := url.Values{}
	for k, a := range args {
		switch a := a.(type) {
		case []string:
			v[k] = a
		case map[string]string:
			for sub, s := range a {
				v.Set(k+"."+sub, s)
			}
		default:
			v.Set(k, fmt.Sprint(a))
		}
	}
	return v
}

var pathWildcard = regexp.MustCompile(`\{(\w+)\}`)

// apiCall sends an action to the API: the path's wildcards from args,
// the rest as the JSON body.
func apiCall(t *testing.T, h *hub, token, route string, args map[string]any) (int, string) {
	method, path, _ := strings.Cut(route, " ")
	path = pathWildcard.ReplaceAllStringFunc(path, func(w string) string {
		name := strings.Trim(w, "{}")
		defer delete(args, name)
		return url.PathEscape(fmt.Sprint(args[name]))
	})
	body, _ := json.Marshal(args)
	return api(t, h.srv, token, method, path, string(body))
}
