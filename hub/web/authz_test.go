package web_test

import (
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/demo"
	"vuoro/hub/queue"
)

// matrixUser is a user of the authorization matrix, with a room of their
// own.
type matrixUser struct {
	name, login, room string
	role              queue.Role
	agencies          []string
	all               bool // the all-queues grant
}

// The users of the authorization matrix: every role of both agencies, an
// advisor of every queue, the site admin and a user of no agency.
var matrixUsers = []matrixUser{
	{"anonymous", "", "", "", nil, false},
	{"Vero clerk", "vero", "1", clerk, vero, false},
	{"Kela clerk", "kela", "2", clerk, kela, false},
	{"advisor of every queue", "neuvoja", "3", advisor, nil, true},
	{"Vero admin", "admin", "4", admin, vero, false},
	{"Vero advisor", "veroneuvoja", "5", advisor, vero, false},
	{"Kela advisor", "kelaneuvoja", "6", advisor, kela, false},
	{"Kela admin", "kelaadmin", "7", admin, kela, false},
	{"site admin", "paakayttaja", "8", siteAdmin, nil, false},
	{"clerk of no agency", "tyhja", "9", clerk, nil, false},
}

// matrixHub is a demo hub with the matrix's users the demo lacks.
func matrixHub(t *testing.T) *hub {
	h := newHub(t)
	hash, _ := bcrypt.GenerateFromPassword([]byte(demo.Password), bcrypt.MinCost)
	for _, u := range matrixUsers {
		var known, room bool
		h.eng.Read(func(st *queue.State) { _, known = st.Clerks[u.login]; _, room = st.Room(u.room) })
		var err error
		if !room && u.room != "" {
			err = h.eng.AddRoom("system", queue.Room{ID: u.room, Name: "Aspa " + u.room})
		}
		if !known && u.login != "" {
			err = errors.Join(err, h.st.SetCredential(u.login, hash),
				h.eng.AddClerk("system", queue.Clerk{Login: u.login, Role: u.role, Agencies: u.agencies, AllQueues: u.all}))
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return h
}

// reset ends every visit in service and restarts the queues, so that
// each case starts from a free clerk and room.
func (h *hub) reset() {
	for _, u := range matrixUsers {
		var id uint64
		h.eng.Read(func(st *queue.State) { t, _ := st.ActiveVisit(u.login); id = t.ID })
		if id != 0 {
			h.eng.End("system", id)
		}
	}
	h.eng.Pause("system", veroQ, false)
	h.eng.Pause("system", kelaQ, false)
}

// grants reports whether u works on the queues and manages the users of
// agency.
func (u matrixUser) grants(agency string) bool {
	return u.all || u.role == siteAdmin || slices.Contains(u.agencies, agency)
}

// want is what u may get from a: a role at least a's, and a grant of every
// agency it touches.
func want(u matrixUser, least queue.Role, needs []string) string {
	rank := map[queue.Role]int{clerk: 1, advisor: 2, admin: 3, siteAdmin: 4}
	switch {
	case u.login == "":
		return "401"
	case rank[u.role] < rank[least], slices.ContainsFunc(needs, func(a string) bool { return !u.grants(a) }):
		return "403"
	}
	return "allowed"
}

func TestAuthorizationMatrix(t *testing.T) {
	h := matrixHub(t)
	clients, tokens := map[string]*http.Client{"": browser(t)}, map[string]string{"": ""}
	csrf := map[string]string{}
	for _, u := range matrixUsers[1:] {
		clients[u.login], csrf[u.login] = login(t, h.srv, u.login)
		tokens[u.login] = apiLogin(t, h.srv, u.login)
	}
	for _, a := range matrixActions {
		for _, u := range matrixUsers {
			exp := want(u, a.least, a.needs)
			h.reset()
			form := formOf(a.args(h, u.login, u.room))
			form.Set("csrf", csrf[u.login])
			resp, body := post(t, clients[u.login], h.srv.URL+"/console/"+a.name, form)
			if got := webVerdict(resp); got != exp {
				t.Errorf("form %s %s as %s: %s (%s), want %s", a.name, a.what, u.name, got, errorOf(body), exp)
			}
			h.reset()
			code, body := apiCall(t, h, tokens[u.login], a.api, a.args(h, u.login, u.room))
			if got := apiVerdict(code); got != exp {
				t.Errorf("API %s %s as %s: %d %s, want %s", a.name, a.what, u.name, code, body, exp)
			}
		}
	}
}

func TestReadAuthorizationMatrix(t *testing.T) {
	h := matrixHub(t)
	reads := []struct {
		path  string
		least queue.Role
	}{
		{"/console", queue.RoleClerk}, {"/console/appointments", queue.RoleClerk}, {"/admin/queues", queue.RoleAdmin},
		{"/admin/users", queue.RoleAdmin}, {"/admin/rooms", queue.RoleSiteAdmin}, {"/admin/site", queue.RoleSiteAdmin},
		{"/admin/agencies", queue.RoleSiteAdmin}, {"/admin/services", queue.RoleSiteAdmin},
		{"/admin/log", queue.RoleAdmin}, {"/api/v1/queues", queue.RoleClerk}, {"/api/v1/appointments", queue.RoleClerk},
		{"/api/v1/help", queue.RoleAdvisor}, {"/api/v1/users", queue.RoleAdmin}, {"/api/v1/events", queue.RoleAdmin},
		{"/admin/devices", queue.RoleSiteAdmin}, {"/api/v1/devices", queue.RoleSiteAdmin},
	}
	for _, u := range matrixUsers {
		c, token := browser(t), ""
		if u.login != "" {
			c, _ = login(t, h.srv, u.login)
			token = apiLogin(t, h.srv, u.login)
		}
		for _, rd := range reads {
			exp := want(u, rd.least, site)
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
