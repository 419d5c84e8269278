package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/browsertest"
	"vuoro/hub/demo"
	"vuoro/hub/queue"
)

// siteAdmin adds a site admin, "paakayttaja", with the demo password.
func (h *hub) siteAdmin() string {
	const login = "paakayttaja"
	hash, _ := bcrypt.GenerateFromPassword([]byte(demo.Password), bcrypt.MinCost)
	if err := h.st.SetCredential(login, hash); err != nil {
		h.t.Fatal(err)
	}
	if err := h.eng.AddClerk("system", queue.Clerk{Login: login, Name: "Päivi Pääkäyttäjä", Role: queue.RoleSiteAdmin, AllQueues: true}); err != nil {
		h.t.Fatal(err)
	}
	return login
}

// catalogActions are the site admin's actions of the authorization matrix,
// in a block of their own.
var catalogMatrix = []matrixAction{
	{"add-agency", queue.RoleSiteAdmin, false, "POST /api/v1/agencies", func(*hub, string, string) map[string]any {
		return map[string]any{"agency": unique("a"), "names": map[string]string{"fi": "Kunta"}}
	}},
	{"update-agency", queue.RoleSiteAdmin, false, "PUT /api/v1/agencies/{agency}", func(*hub, string, string) map[string]any {
		return map[string]any{"agency": "kela", "names": map[string]string{"fi": "Kela", "sv": "FPA"}}
	}},
	{"add-service", queue.RoleSiteAdmin, false, "POST /api/v1/services", func(*hub, string, string) map[string]any {
		return map[string]any{"service": unique("s"), "agency": "kela", "letter": string(rune('A' + seq%3)), "names": map[string]string{"fi": "Uusi"}}
	}},
	{"update-service", queue.RoleSiteAdmin, false, "PUT /api/v1/services/{service}", func(*hub, string, string) map[string]any {
		return map[string]any{"service": "kela-toimeentulo", "agency": "kela", "letter": "T", "names": map[string]string{"fi": unique("Toimeentulotuki ")}}
	}},
	{"update-room", queue.RoleSiteAdmin, false, "PUT /api/v1/rooms/{room}", func(*hub, string, string) map[string]any {
		return map[string]any{"room": "8", "name": "Aspa 8", "floor": 2, "capacity": 4, "attributes": []string{"step-free"}}
	}},
}

// verdict is what a user gets from a site admin's action or page.
func verdict(login string, role queue.Role) string {
	switch {
	case login == "":
		return "401"
	case role != queue.RoleSiteAdmin:
		return "403"
	}
	return "allowed"
}

func TestCatalogAuthorizationMatrix(t *testing.T) {
	h := newHub(t)
	users := append(matrixUsers[:len(matrixUsers):len(matrixUsers)], struct {
		name, login, room string
		role              queue.Role
	}{"site admin", h.siteAdmin(), "5", queue.RoleSiteAdmin})
	for _, u := range users {
		var c *http.Client
		csrf, token := "", ""
		if u.login != "" {
			c, csrf = login(t, h.srv, u.login)
			token = apiLogin(t, h.srv, u.login)
		} else {
			c = browser(t)
		}
		for _, a := range catalogMatrix {
			exp := verdict(u.login, u.role)
			form := formOf(a.args(h, u.login, u.room))
			form.Set("csrf", csrf)
			if resp, body := post(t, c, h.srv.URL+"/console/"+a.name, form); webVerdict(resp) != exp {
				t.Errorf("form %s as %s: %s (%s), want %s", a.name, u.name, webVerdict(resp), errorOf(body), exp)
			}
			if code, body := apiCall(t, h, token, a.api, a.args(h, u.login, u.room)); apiVerdict(code) != exp {
				t.Errorf("API %s as %s: %d %s, want %s", a.name, u.name, code, body, exp)
			}
		}
		for _, page := range []string{"/admin/agencies", "/admin/services"} {
			if resp, _ := getResp(t, c, h.srv.URL+page); webVerdict(resp) != verdict(u.login, u.role) {
				t.Errorf("GET %s as %s: %s, want %s", page, u.name, webVerdict(resp), verdict(u.login, u.role))
			}
		}
	}
}

func TestCatalogAdmin(t *testing.T) {
	h := newHub(t)
	c, csrf := login(t, h.srv, h.siteAdmin())
	names := func(fi string) url.Values {
		return url.Values{"names.fi": {fi}, "names.sv": {fi + " (sv)"}, "names.en": {""}}
	}
	with := func(v url.Values, kv ...string) url.Values {
		for i := 0; i < len(kv); i += 2 {
			v.Set(kv[i], kv[i+1])
		}
		return v
	}
	waiting := issue(t, h.eng, "vero-verokortit", 1)
	tests := []struct {
		name, action, back string
		form               url.Values
		code               int
		says               string
	}{
		{"add an agency", "add-agency", "/admin/agencies", with(names("Lahden kaupunki"), "agency", "lahti-kaupunki"), 303, "Virasto lahti-kaupunki tallennettu."},
		{"the same agency again", "add-agency", "/admin/agencies", with(names("Lahti"), "agency", "lahti-kaupunki"), 409, "Samalla tunnuksella"},
		{"an agency without a Finnish name", "add-agency", "/admin/agencies", with(names(""), "agency", "x"), 400, "Finnish"},
		{"rename an agency", "update-agency", "/admin/agencies", with(names("Verohallinto (Lahti)"), "agency", "vero"), 303, "tallennettu"},
		{"add a service", "add-service", "/admin/services", with(names("Neuvonta"), "service", "lahti-neuvonta", "agency", "lahti-kaupunki", "letter", "a", "multi_day", "on"), 303, "Palvelu lahti-neuvonta tallennettu."},
		{"a letter taken", "add-service", "/admin/services", with(names("Toinen"), "service", "lahti-toinen", "agency", "lahti-kaupunki", "letter", "R"), 409, ""},
		{"re-letter a queue with a waiting visit", "update-service", "/admin/services", with(names("Verokortit"), "service", "vero-verokortit", "agency", "vero", "letter", "W"), 409, "vielä käytössä"},
		{"rename a queue with a waiting visit", "update-service", "/admin/services", with(names("Verokortit ja -tiedot"), "service", "vero-verokortit", "agency", "vero", "letter", "V"), 303, "tallennettu"},
		{"edit a room", "update-room", "/admin/rooms", url.Values{"room": {"3"}, "name": {"Aspa 3"}, "floor": {"2"}, "capacity": {"4"}, "attributes": {"step-free, display"}}, 303, "Huone 3 tallennettu."},
		{"add a room with capacity", "add-room", "/admin/rooms", url.Values{"room": {"9"}, "name": {"Aspa 9"}, "floor": {"2"}, "capacity": {"6"}, "attributes": {"remote"}}, 303, "Huone 9 lisätty."},
	}
	for _, tt := range tests {
		if code, says := h.adminForm(c, csrf, tt.action, tt.back, tt.form); code != tt.code || !strings.Contains(says, tt.says) {
			t.Errorf("%s: %d %q, want %d %q", tt.name, code, says, tt.code, tt.says)
		}
	}
	h.eng.Read(func(st *queue.State) {
		sv, _ := st.Service("lahti-neuvonta")
		kortit, _ := st.Service("vero-verokortit")
		r3, _ := st.Room("3")
		r9, _ := st.Room("9")
		if sv.Letter != "A" || !sv.MultiDay || sv.Names["sv"] != "Neuvonta (sv)" || kortit.Letter != "V" || kortit.Names["fi"] != "Verokortit ja -tiedot" {
			t.Errorf("services: %+v %+v", sv, kortit)
		}
		if r3.Capacity != 4 || len(r3.Attributes) != 2 || r3.Floor != 2 || r9.Capacity != 6 || r9.Attributes[0] != "remote" {
			t.Errorf("rooms: %+v %+v", r3, r9)
		}
		if tk, _ := st.Ticket(waiting[0].ID); tk.Status != queue.Waiting {
			t.Error("editing the queue touched its waiting visit")
		}
	})
	body := get(t, c, h.srv.URL+"/admin/services?service=vero-verokortit")
	if !strings.Contains(body, `value="Verokortit ja -tiedot"`) || !strings.Contains(body, "Neuvonta") {
		t.Error("the services page does not show the saved service for editing")
	}
}

// TestBrowserCatalogPages checks the site admin's pages with axe-core.
func TestBrowserCatalogPages(t *testing.T) {
	h := newHub(t)
	admin := h.siteAdmin()
	ctx := browsertest.Start(t, 1400, 900)
	browserLogin(t, ctx, h.srv.URL, admin, "/admin/agencies?agency=vero")
	for _, page := range []string{"/admin/agencies?agency=vero", "/admin/services?service=vero-veroasiat", "/admin/rooms?room=3"} {
		do(t, ctx, chromedp.Navigate(h.srv.URL+page))
		audit(t, ctx, page)
		browsertest.Shot(t, ctx, "page"+strings.NewReplacer("/", "-", "?", "-", "=", "-").Replace(page))
	}
	do(t, ctx, chromedp.Navigate(h.srv.URL+"/admin/services?service=vero-veroasiat"))
	do(t, ctx, chromedp.SetValue(chromedp.ID("e-name-fi"), "Veroasiat ja neuvonta"))
	submit(t, ctx, chromedp.ID("save-service"))
	if got := text(t, ctx, "p.flash"); !strings.Contains(got, "vero-veroasiat tallennettu") {
		t.Errorf("after saving: %q", got)
	}
}
