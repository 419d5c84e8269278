package portal_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"vuoro/hub/event"
	"vuoro/hub/voucher"
)

func TestFormsNeedCSRFToken(t *testing.T) {
	h := newHub(t)
	staff := h.login(t, "lahti-sote")
	v := h.voucherOf("siivous")
	for _, tok := range []string{"", "forged"} {
		staff.csrf = tok
		staff.post("/portal/municipal/vouchers/" + id(v.ID) + "/end")
		if staff.status() != http.StatusForbidden {
			t.Errorf("end with token %q: %d", tok, staff.status())
		}
	}
}

func TestLoginGivesNewSessionID(t *testing.T) {
	h := newHub(t)
	u := h.user(t)
	base, _ := url.Parse(h.srv.URL + "/portal/")
	u.c.Jar.SetCookies(base, []*http.Cookie{{Name: "vuoro_portal", Value: "planted-by-attacker", Path: "/portal/"}})
	u.get("/portal/login")
	u.post("/portal/login", "login", "lahti-sote", "password", "vuoro-demo")
	for _, ck := range u.c.Jar.Cookies(base) {
		if ck.Name == "vuoro_portal" && ck.Value == "planted-by-attacker" {
			t.Fatal("the session id planted before login survived it")
		}
	}
	if u.get("/portal/municipal"); u.status() != http.StatusOK {
		t.Fatalf("not logged in: %d", u.status())
	}
}

func TestVoucherNumberEntryIsRateLimited(t *testing.T) {
	h := newHub(t)
	prov := h.login(t, "kotiapu")
	v := h.voucherOf("kotihoito")
	for range 5 {
		if page := prov.post("/portal/provider/open", "number", v.Number, "check", "00"); !strings.Contains(page, "Numerolla ja tarkisteella ei löytynyt") {
			t.Fatalf("a wrong check code: %d", prov.status())
		}
	}
	prov.post("/portal/provider/open", "number", v.Number, "check", v.Check)
	if prov.status() != http.StatusTooManyRequests {
		t.Fatalf("sixth try within the window: %d, want 429", prov.status())
	}
}

func TestFailedCitizenLoginSaysSo(t *testing.T) {
	h := newHub(t)
	u := h.user(t)
	page := u.identify("cancel")
	if u.status() != http.StatusUnauthorized || !strings.Contains(page, "Tunnistautuminen keskeytyi tai epäonnistui") {
		t.Errorf("cancelled identification: %d\n%s", u.status(), page)
	}
	if u.get("/portal/citizen/vouchers"); u.last.Request.URL.Path != "/portal/" {
		t.Errorf("logged in after a cancelled identification")
	}
}

func TestForeignUserHasNoVouchers(t *testing.T) {
	h := newHub(t)
	u := h.citizen(t, "3")
	if page := u.get("/portal/citizen"); !strings.Contains(page, "ulkomaisella tunnisteella") {
		t.Errorf("foreign user's page:\n%s", page)
	}
}

// TestPersonalDataStaysOut runs the whole life and checks that no
// personal identity code was in a URL or a log line, and that every page
// showing personal data was recorded.
func TestPersonalDataStaysOut(t *testing.T) {
	h := newHub(t)
	staff := h.login(t, "lahti-sote")
	staff.get("/portal/municipal")
	staff.post("/portal/municipal/grant", "hetu", "150575-9612", "name", "Matti", "service", "siivous", "value", "100", "from", "2026-11-01", "until", "2027-01-01")
	sanna := h.citizen(t, "0")
	sanna.get("/portal/citizen/vouchers")
	sanna.post("/portal/citizen/logout")
	typo := h.user(t)
	typo.post("/portal/login", "login", "nobody-010280-952L", "password", "x")
	codes := []string{"150575-9612", "010280-952L", "230148-923T"}
	for _, u := range h.urls {
		for _, c := range codes {
			if strings.Contains(u, c) || strings.Contains(u, url.QueryEscape(c)) {
				t.Errorf("a personal identity code in a URL: %s", u)
			}
		}
	}
	for _, c := range codes {
		if strings.Contains(h.logs.String(), c) {
			t.Errorf("a personal identity code in the log:\n%s", h.logs.String())
		}
	}
	checkViewsRecorded(t, h)
}

func checkViewsRecorded(t *testing.T, h *hub) {
	pages := map[string]bool{}
	h.store.Replay(0, func(ev event.Event) error {
		var s voucher.Seen
		if ev.Kind == voucher.KindPersonalDataIn && json.Unmarshal(ev.Payload, &s) == nil && len(s.Vouchers) > 0 {
			pages[s.Page] = true
		}
		return nil
	})
	for _, p := range []string{"municipal.vouchers", "municipal.voucher", "citizen.vouchers"} {
		if !pages[p] {
			t.Errorf("view of %s not recorded; recorded: %v", p, pages)
		}
	}
}
