package web_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
	"vuoro/hub/queue"
)

func TestCatalogAdmin(t *testing.T) {
	h := newHub(t)
	c, csrf := login(t, h.srv, "paakayttaja")
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
	admin := "paakayttaja"
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
