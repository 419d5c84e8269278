package portal_test

import (
	"strconv"
	"strings"
	"testing"
)

func id(v uint64) string { return strconv.FormatUint(v, 10) }

// TestVoucherLife runs the PSOP process over HTTP: grant, open by number,
// record, citizen login, feedback, reply, single logout.
func TestVoucherLife(t *testing.T) {
	h := newHub(t)
	staff := h.login(t, "lahti-sote")
	page := staff.post("/portal/municipal/grant", "hetu", "150575-9612", "name", "Matti Koekäyttäjä", "service", "fysioterapia",
		"value", "580,00", "share", "10", "from", "2026-11-01", "until", "2027-10-31")
	if !strings.Contains(page, "Seteli myönnetty") {
		t.Fatalf("grant: %d\n%s", staff.status(), page)
	}
	number, check := between(page, `id="voucher-number">`, "</dd>"), between(page, `id="check-code">`, "</dd>")
	vid := strings.TrimPrefix(staff.last.Request.URL.Path, "/portal/municipal/vouchers/")

	prov := h.login(t, "liike")
	prov.post("/portal/provider/open", "number", strings.ToLower(number), "check", check)
	if prov.last.Request.URL.Path != "/portal/provider/clients/"+vid {
		t.Fatalf("open by number: %d at %s", prov.status(), prov.last.Request.URL)
	}
	prov.post("/portal/provider/clients/"+vid+"/events", "date", "2026-11-20", "description", "Fysioterapia 45 min", "amount", "58")
	if page := prov.post("/portal/provider/clients/"+vid+"/events", "date", "2026-11-21", "description", "Liikaa", "amount", "600"); !strings.Contains(page, "ylittää setelin saldon") {
		t.Errorf("balance below zero allowed: %d", prov.status())
	}

	matti := h.citizen(t, "2")
	page = matti.get("/portal/citizen/vouchers/" + vid)
	if !strings.Contains(page, "522,00 €") || !strings.Contains(page, "Fysioterapia 45 min") {
		t.Fatalf("citizen's voucher page lacks the balance or the event:\n%s", page)
	}
	matti.post("/portal/citizen/vouchers/"+vid+"/feedback", "provider", "liike", "rating", "4", "text", "Hyvä terapeutti.")
	if page := matti.get("/portal/citizen/feedback"); !strings.Contains(page, "Hyvä terapeutti.") || !strings.Contains(page, "arvio 4/5") {
		t.Fatalf("feedback not listed:\n%s", page)
	}
	prov.get("/portal/provider/clients/" + vid)
	fid := between(prov.get("/portal/provider/clients/"+vid), `/portal/provider/feedback/`, `/reply`)
	prov.post("/portal/provider/feedback/"+fid+"/reply", "reply", "Kiitos, nähdään ensi viikolla.")
	if page := matti.get("/portal/citizen/feedback"); !strings.Contains(page, "Kiitos, nähdään ensi viikolla.") {
		t.Fatalf("reply not shown to the citizen:\n%s", page)
	}
	sessions := h.idp.Sessions()
	page = matti.post("/portal/citizen/logout")
	if !strings.Contains(page, "Sinut on kirjattu ulos palvelusta ja Suomi.fi-tunnistuksesta") || h.idp.Sessions() != sessions-1 {
		t.Fatalf("single logout: %d, IdP sessions %d → %d\n%s", matti.status(), sessions, h.idp.Sessions(), page)
	}
	if matti.get("/portal/citizen/vouchers"); matti.last.Request.URL.Path != "/portal/" {
		t.Errorf("still logged in after logout: %s", matti.last.Request.URL)
	}
}

func between(s, from, to string) string {
	_, rest, ok := strings.Cut(s, from)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(rest, to)
	return v
}
