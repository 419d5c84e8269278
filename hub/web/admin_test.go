package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"vuoro/hub/demo"
	"vuoro/hub/queue"
)

// adminForm posts an admin's form and returns the status and the page's
// error or flash.
func (h *hub) adminForm(c *http.Client, csrf, action, back string, form url.Values) (int, string) {
	form.Set("csrf", csrf)
	form.Set("back", back)
	resp, body := post(h.t, c, h.srv.URL+"/console/"+action, form)
	if resp.StatusCode == http.StatusSeeOther {
		body = get(h.t, c, h.srv.URL+resp.Header.Get("Location"))
		if m := flashLine.FindStringSubmatch(body); m != nil {
			return resp.StatusCode, m[1]
		}
	}
	return resp.StatusCode, errorOf(body)
}

// TestAdminUsers runs the users page as the site admin, who manages every
// user; an agency admin's limits are in the authorization matrix.
func TestAdminUsers(t *testing.T) {
	h := newHub(t)
	admin, csrf := login(t, h.srv, "paakayttaja")
	user := func(login, password string) url.Values {
		return url.Values{"login": {login}, "name": {"Liisa Laine"}, "role": {"clerk"}, "agencies": {"vero", "kela"}, "password": {password}}
	}
	tests := []struct {
		name, action string
		form         url.Values
		code         int
		says         string
	}{
		{"add a clerk", "add-user", user("liisa", "hyvä pitkä salasana"), 303, "Käyttäjä liisa lisätty."},
		{"add an advisor of every queue", "add-user", url.Values{"login": {"leena"}, "name": {"Leena Lind"}, "role": {"advisor"},
			"all_queues": {"true"}, "password": {"hyvä pitkä salasana"}}, 303, "Käyttäjä leena lisätty."},
		{"add a site admin", "add-user", url.Values{"login": {"sami"}, "name": {"Sami Salo"}, "role": {"site-admin"},
			"password": {"hyvä pitkä salasana"}}, 303, "Käyttäjä sami lisätty."},
		{"same login again", "add-user", user("liisa", "hyvä pitkä salasana"), 409, "Samalla tunnuksella"},
		{"short password", "add-user", user("lasse", "lyhyt"), 400, "12–72 merkkiä"},
		{"bad login", "add-user", user("Lasse Laine", "hyvä pitkä salasana"), 400, "Tarkista tiedot"},
		{"unknown role", "add-user", url.Values{"login": {"x1"}, "role": {"boss"}, "password": {"hyvä pitkä salasana"}}, 400, "Tarkista tiedot"},
		{"disable yourself", "disable-user", url.Values{"login": {"paakayttaja"}}, 400, "omaa tunnustasi"},
		{"new password", "set-password", url.Values{"login": {"kela"}, "password": {"uusi pitkä salasana"}}, 303, "salasana vaihdettu"},
		{"disable a user", "disable-user", url.Values{"login": {"vero"}}, 303, "poistettu käytöstä"},
		{"disable nobody", "disable-user", url.Values{"login": {"ghost"}}, 404, ""},
	}
	vero, _ := login(t, h.srv, "vero")
	veroToken := apiLogin(t, h.srv, "vero")
	for _, tt := range tests {
		if code, says := h.adminForm(admin, csrf, tt.action, "/admin/users", tt.form); code != tt.code || !strings.Contains(says, tt.says) {
			t.Errorf("%s: %d %q, want %d %q", tt.name, code, says, tt.code, tt.says)
		}
	}
	h.eng.Read(func(st *queue.State) {
		if c := st.Clerks["liisa"]; c.Role != queue.RoleClerk || len(c.Agencies) != 2 {
			t.Errorf("liisa = %+v", c)
		}
		if c := st.Clerks["leena"]; c.Role != queue.RoleAdvisor || !c.AllQueues {
			t.Errorf("leena = %+v, want an advisor of every queue", c)
		}
		if c := st.Clerks["sami"]; c.Role != queue.RoleSiteAdmin {
			t.Errorf("sami = %+v, want a site admin", c)
		}
	})
	for user, pw := range map[string]string{"liisa": "hyvä pitkä salasana", "kela": "uusi pitkä salasana"} {
		if code, _ := api(t, h.srv, "", "POST", "/api/v1/login", `{"login":"`+user+`","password":"`+pw+`"}`); code != 200 {
			t.Errorf("%s cannot log in with the password the admin gave", user)
		}
	}
	if code, _ := api(t, h.srv, "", "POST", "/api/v1/login", `{"login":"kela","password":"`+demo.Password+`"}`); code != 401 {
		t.Error("the old password still works")
	}
	if resp, _ := getResp(t, vero, h.srv.URL+"/console"); resp.Header.Get("Location") != "/login" {
		t.Error("a disabled user's session goes on")
	}
	if code, _ := api(t, h.srv, veroToken, "GET", "/api/v1/queues", ""); code != 401 {
		t.Error("a disabled user's token goes on")
	}
	if body := get(t, admin, h.srv.URL+"/admin/users"); strings.Contains(body, ">Maija Virtanen<") || !strings.Contains(body, "Liisa Laine") {
		t.Error("the user list is not up to date")
	}
}

func TestAdminSiteAndRooms(t *testing.T) {
	h := newHub(t)
	admin, csrf := login(t, h.srv, "paakayttaja")
	tests := []struct {
		name, action, back string
		form               url.Values
		code               int
	}{
		{"add a room", "add-room", "/admin/rooms", url.Values{"room": {"9"}, "name": {"Aspa 9"}, "floor": {"2"}}, 303},
		{"room id with a space", "add-room", "/admin/rooms", url.Values{"room": {"Aspa 10"}}, 400},
		{"room twice", "add-room", "/admin/rooms", url.Values{"room": {"9"}}, 409},
		{"keep personal data 3651 days", "site", "/admin/site", url.Values{"no_show_after": {"3"}, "retention_days": {"3651"}}, 400},
		{"site", "site", "/admin/site", url.Values{"no_show_after": {"3"}, "retention_days": {"90"}, "wayfinding.fi": {"Seuraa sinistä viivaa."}, "wayfinding.sv": {"Följ den blå linjen."},
			"number_only_checkin": {"true"}}, 303},
		{"no-show after 0", "site", "/admin/site", url.Values{"no_show_after": {"0"}}, 400},
		{"no-show after a word", "site", "/admin/site", url.Values{"no_show_after": {"kolme"}}, 400},
	}
	for _, tt := range tests {
		if code, says := h.adminForm(admin, csrf, tt.action, tt.back, tt.form); code != tt.code {
			t.Errorf("%s: %d %q, want %d", tt.name, code, says, tt.code)
		}
	}
	h.eng.Read(func(st *queue.State) {
		if rm, _ := st.Room("9"); rm.Name != "Aspa 9" || rm.Floor != 2 {
			t.Errorf("room 9 = %+v", rm)
		}
		if st.NoShowAfter() != 3 || st.Site.Wayfinding["sv"] != "Följ den blå linjen." || st.Site.Wayfinding["en"] != "" || st.RetentionDays() != 90 ||
			!st.Site.NumberOnlyCheckin {
			t.Errorf("site = %+v", st.Site)
		}
	})
	if body := get(t, admin, h.srv.URL+"/console"); !strings.Contains(body, "Huone 9 – Aspa 9") {
		t.Error("the new room is not in the room switch")
	}
	if body := get(t, admin, h.srv.URL+"/admin/site"); !strings.Contains(body, `name="retention_days" type="number" min="1" max="3650" required value="90"`) {
		t.Error("the site page does not show the retention period")
	}
}

func TestAPISiteRetention(t *testing.T) {
	h := newHub(t)
	token := apiLogin(t, h.srv, "paakayttaja") // the site's parameters are the site admin's
	if code, body := api(t, h.srv, token, "PUT", "/api/v1/site", `{"no_show_after":2,"retention_days":365}`); code != 200 || !strings.Contains(body, `"retention_days":365`) {
		t.Fatalf("PUT /api/v1/site: %d %s", code, body)
	}
	if code, body := api(t, h.srv, token, "PUT", "/api/v1/site", `{"no_show_after":3}`); code != 200 || !strings.Contains(body, `"retention_days":365`) {
		t.Fatalf("PUT without retention_days: %d %s, want the period kept", code, body)
	}
	if code, _ := api(t, h.srv, token, "PUT", "/api/v1/site", `{"no_show_after":2,"retention_days":-5}`); code != 400 {
		t.Fatalf("a negative period: %d", code)
	}
}

func TestAdminQueueSettings(t *testing.T) {
	h := newHub(t)
	admin, csrf := login(t, h.srv, "admin")
	good := url.Values{"service": {"vero-veroasiat"}, "daily_cap": {"150"}, "interleave": {"3"}, "boost_minutes": {"10"},
		"hours.mon": {"08:00-11:30, 12:30-16:15"}, "hours.tue": {"08:00-16:15"}, "exceptions": {"2026-12-24\n2026-12-31 08:00-12:00"}}
	tests := []struct {
		name string
		form url.Values
		code int
	}{
		{"settings", good, 303},
		{"hours without a dash", url.Values{"service": {"vero-veroasiat"}, "hours.mon": {"08:00"}}, 400},
		{"hours past midnight", url.Values{"service": {"vero-veroasiat"}, "hours.mon": {"08:00-25:00"}}, 400},
		{"a date that is not", url.Values{"service": {"vero-veroasiat"}, "exceptions": {"2026-13-01"}}, 400},
		{"another agency's queue", url.Values{"service": {"kela-asiointi"}}, 403},
	}
	for _, tt := range tests {
		if code, says := h.adminForm(admin, csrf, "configure", "/admin/queues?service=vero-veroasiat", tt.form); code != tt.code {
			t.Errorf("%s: %d %q, want %d", tt.name, code, says, tt.code)
		}
	}
	var st queue.Settings
	h.eng.Read(func(s *queue.State) { sv, _ := s.Service("vero-veroasiat"); st = sv.Settings })
	if st.DailyCap != 150 || st.Rule.Interleave != 3 || st.Rule.Boost != 10*time.Minute || len(st.Hours.Weekly[time.Monday]) != 2 ||
		len(st.Hours.Exceptions) != 2 || st.Hours.Exceptions["2026-12-24"] != nil || st.Hours.Weekly[time.Sunday] != nil {
		t.Fatalf("settings = %+v", st)
	}
	body := get(t, admin, h.srv.URL+"/admin/queues?service=vero-veroasiat")
	for _, want := range []string{`value="08:00-11:30, 12:30-16:15"`, "2026-12-24\n2026-12-31 08:00-12:00</textarea>", `value="150"`} {
		if !strings.Contains(body, want) {
			t.Errorf("the settings page does not show %q", want)
		}
	}
	if body := get(t, admin, h.srv.URL+"/admin/queues"); strings.Contains(body, "kela-asiointi") {
		t.Error("an agency admin is offered another agency's queue")
	}
}

// The site admin sets when the day ends; leaving it out keeps it, and a
// time that is not one is refused. The engine then refuses tickets after it.
func TestAPISiteDayEnd(t *testing.T) {
	h := newHub(t)
	token := apiLogin(t, h.srv, "paakayttaja")
	if code, body := api(t, h.srv, token, "PUT", "/api/v1/site", `{"no_show_after":2,"day_end":"17:00"}`); code != 200 || !strings.Contains(body, `"day_end":"17:00"`) {
		t.Fatalf("PUT day_end: %d %s", code, body)
	}
	if code, body := api(t, h.srv, token, "PUT", "/api/v1/site", `{"no_show_after":2}`); code != 200 || !strings.Contains(body, `"day_end":"17:00"`) {
		t.Fatalf("PUT without day_end: %d %s, want it kept", code, body)
	}
	if code, _ := api(t, h.srv, token, "PUT", "/api/v1/site", `{"no_show_after":2,"day_end":"25:00"}`); code != 400 {
		t.Fatalf("day_end 25:00: %d, want 400", code)
	}
	h.clk.Advance(7*time.Hour + 36*time.Minute) // 17:30 local on the test's day
	var ended bool
	h.eng.Read(func(st *queue.State) { ended = st.DayEnded(h.clk.Now()) })
	if !ended {
		t.Fatal("the day has not ended after the site's day end")
	}
}

// The site admin lets kiosks whose printer is out show the number on screen
// (number-only check-in), and turns it off again; leaving it out keeps it.
// The site page shows the choice.
func TestAPISiteNumberOnlyCheckin(t *testing.T) {
	h := newHub(t)
	token := apiLogin(t, h.srv, "paakayttaja")
	numberOnly := func() (on bool) {
		h.eng.Read(func(st *queue.State) { on = st.Site.NumberOnlyCheckin })
		return on
	}
	if numberOnly() {
		t.Fatal("number-only check-in on before anyone set it")
	}
	steps := []struct {
		body string
		want bool
	}{
		{`{"no_show_after":2,"number_only_checkin":true}`, true},
		{`{"no_show_after":2}`, true},
		{`{"no_show_after":2,"number_only_checkin":false}`, false},
	}
	for _, s := range steps {
		code, body := api(t, h.srv, token, "PUT", "/api/v1/site", s.body)
		if code != 200 || !strings.Contains(body, fmt.Sprintf(`"number_only_checkin":%v`, s.want)) || numberOnly() != s.want {
			t.Fatalf("PUT %s: %d %s, number-only %v, want %v", s.body, code, body, numberOnly(), s.want)
		}
	}
	admin, _ := login(t, h.srv, "paakayttaja")
	if body := get(t, admin, h.srv.URL+"/admin/site"); !strings.Contains(body, `id="number-only-off" name="number_only_checkin" value="false" checked`) {
		t.Error("the site page does not show number-only check-in off")
	}
}
