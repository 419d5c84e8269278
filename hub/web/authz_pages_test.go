package web_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// A user of no agency and no all-queues grant sees no queue.
func TestNoAgencyNoQueue(t *testing.T) {
	h := matrixHub(t)
	issue(t, h.eng, veroQ, 1)
	h.bookingIn(kelaQ)
	token := apiLogin(t, h.srv, "tyhja")
	for _, path := range []string{"/api/v1/queues", "/api/v1/appointments"} {
		if code, body := api(t, h.srv, token, "GET", path, ""); code != 200 || strings.TrimSpace(body) != "[]" {
			t.Errorf("GET %s as a user of no agency: %d %s, want []", path, code, body)
		}
	}
	c, _ := login(t, h.srv, "tyhja")
	if body := get(t, c, h.srv.URL+"/console"); strings.Contains(body, `href="/console?service=`) {
		t.Error("the console shows a user of no agency a queue")
	}
	vero, _ := login(t, h.srv, "vero")
	if body := get(t, vero, h.srv.URL+"/console"); !strings.Contains(body, `href="/console?service=vero-veroasiat"`) ||
		strings.Contains(body, `href="/console?service=kela-asiointi"`) {
		t.Error("the Vero clerk's console does not show just their agency's queues")
	}
}

// The users page and the navigation offer an admin only what they may do.
func TestUsersPageByAdmin(t *testing.T) {
	h := matrixHub(t)
	tests := []struct {
		login      string
		has, hasnt []string
		users      []string // GET /api/v1/users
	}{
		{"admin",
			[]string{">Maija Virtanen<", `id="disable-vero"`, `name="agencies" value="vero"`, `<option value="admin">`},
			[]string{">Pekka Korhonen<", ">Sari Lehtonen<", ">Aino Nieminen<", `<option value="site-admin">`, `value="kela"`,
				`name="all_queues"`, `href="/admin/rooms"`, `href="/admin/site"`},
			[]string{"admin", "vero", "veroneuvoja"}},
		{"kelaadmin",
			[]string{">Pekka Korhonen<", `id="disable-kela"`, `name="agencies" value="kela"`},
			[]string{">Maija Virtanen<", `<option value="site-admin">`, `value="vero"`, `name="all_queues"`, `href="/admin/site"`},
			[]string{"kela", "kelaadmin", "kelaneuvoja"}},
		{"paakayttaja",
			[]string{">Maija Virtanen<", ">Pekka Korhonen<", ">Aino Nieminen<", `id="disable-neuvoja"`, `<option value="site-admin">`,
				`value="vero"`, `value="kela"`, `name="all_queues"`, `href="/admin/rooms"`, `href="/admin/site"`},
			nil,
			[]string{"admin", "kela", "kelaadmin", "kelaneuvoja", "neuvoja", "paakayttaja", "tyhja", "vero", "veroneuvoja"}},
	}
	for _, tt := range tests {
		c, _ := login(t, h.srv, tt.login)
		body := get(t, c, h.srv.URL+"/admin/users")
		for _, s := range tt.has {
			if !strings.Contains(body, s) {
				t.Errorf("%s's users page lacks %s", tt.login, s)
			}
		}
		for _, s := range tt.hasnt {
			if strings.Contains(body, s) {
				t.Errorf("%s's users page offers %s", tt.login, s)
			}
		}
		_, list := api(t, h.srv, apiLogin(t, h.srv, tt.login), "GET", "/api/v1/users", "")
		var users []struct{ Login string }
		json.Unmarshal([]byte(list), &users)
		var logins []string
		for _, u := range users {
			logins = append(logins, u.Login)
		}
		if !slices.Equal(logins, tt.users) {
			t.Errorf("GET /api/v1/users as %s: %v, want %v", tt.login, logins, tt.users)
		}
	}
}
