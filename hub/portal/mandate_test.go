package portal_test

import (
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"vuoro/hub/event"
	"vuoro/hub/portal"
	"vuoro/hub/portal/mandates"
	"vuoro/hub/portal/mandatetest"
	"vuoro/hub/voucher"
)

const (
	hetuMatti = "150575-9612"
	hetuAili  = "230148-923T"
	hetuSanna = "010280-952L"
)

// mandateService is the test Suomi.fi Mandates on loopback; down makes it
// drop every connection, as a service that is down does.
type mandateService struct {
	srv  *mandatetest.Server
	ts   *httptest.Server
	down atomic.Bool
}

// newMandateHub is the demo portal with Suomi.fi Mandates: Aili has
// authorised Matti for service vouchers, Sanna only for another matter.
func newMandateHub(t *testing.T) (*hub, *mandateService) {
	ms := &mandateService{srv: mandatetest.New(mandatetest.Options{ClientID: "vuoro-lahti", Secret: "checksum-secret", OAuthSecret: "oauth-secret",
		Mandates: []mandatetest.Mandate{
			{Delegate: hetuMatti, Principal: hetuAili, PrincipalName: "Aili Testilä", Issues: []string{"palveluseteli"}},
			{Delegate: hetuMatti, Principal: hetuSanna, PrincipalName: "Sanna Testinen", Issues: []string{"kelan-etuudet"}},
		}})}
	ms.ts = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ms.down.Load() {
			c, _, _ := w.(http.Hijacker).Hijack()
			c.Close()
			return
		}
		ms.srv.ServeHTTP(w, r)
	}))
	t.Cleanup(ms.ts.Close)
	c, err := mandates.New(mandates.Config{BaseURL: ms.ts.URL, ClientID: "vuoro-lahti", Secret: "checksum-secret",
		OAuthSecret: "oauth-secret", Issue: "palveluseteli"})
	if err != nil {
		t.Fatal(err)
	}
	h := newHub(t, func(o *portal.Options) { o.Mandates, o.MandatesOrigin = c, ms.ts.URL })
	return h, ms
}

var selectionUser = regexp.MustCompile(`name="user" value="([^"]+)"`)

// viaSuomifi chooses "someone else", then Suomi.fi Mandates, and picks
// principal who ("0", "1" or "cancel") at the selection page.
func (u *user) viaSuomifi(ms *mandateService, who string) string {
	u.t.Helper()
	u.get("/portal/citizen")
	if page := u.post("/portal/citizen/act", "who", "other"); !strings.Contains(page, "Suomi.fi-valtuuksissa") {
		u.t.Fatalf("Suomi.fi Mandates is not offered:\n%s", page)
	}
	sel := u.post("/portal/citizen/others", "who", "suomifi")
	m := selectionUser.FindStringSubmatch(sel)
	if m == nil {
		return sel
	}
	return u.post(ms.ts.URL+"/oauth/authorize", "user", m[1], "who", who)
}

func TestMandateShowsThePrincipalsVouchers(t *testing.T) {
	h, ms := newMandateHub(t)
	matti := h.citizen(t, "2")
	if page := matti.get("/portal/citizen"); strings.Contains(page, "Aili") || matti.last.Request.URL.Path != "/portal/citizen" {
		t.Fatalf("after login the citizen is not asked whose matters they handle:\n%s", page)
	}
	page := matti.viaSuomifi(ms, "0")
	aili := h.voucherOf("kotihoito")
	if matti.last.Request.URL.Path != "/portal/citizen/vouchers" || !strings.Contains(page, "/portal/citizen/vouchers/"+id(aili.ID)) || !strings.Contains(page, "Asioit henkilön puolesta: Aili Testilä") {
		t.Fatalf("acting for Aili on her mandate, at %s:\n%s", matti.last.Request.URL, page)
	}
	if page := matti.get("/portal/citizen/vouchers/" + id(aili.ID)); !strings.Contains(page, aili.Number) || !strings.Contains(page, "asiakas itse") {
		t.Errorf("Aili's voucher page, without a feedback form: %d\n%s", matti.status(), page)
	}
	if n := ms.srv.Open(); n != 0 {
		t.Errorf("%d Suomi.fi Mandates sessions left registered", n)
	}
	checkAudit(t, h, aili.ID)
	checkNoHETU(t, h)
}

// checkAudit finds the views of Aili's voucher recorded with their ground.
func checkAudit(t *testing.T, h *hub, v uint64) {
	var pages []string
	err := h.store.Replay(0, func(ev event.Event) error {
		p, _ := voucher.Decode(ev)
		if s, ok := p.(voucher.Seen); ok && s.Basis == voucher.BasisMandate && s.Viewer == hetuMatti && len(s.Vouchers) == 1 && s.Vouchers[0] == v {
			pages = append(pages, s.Page)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(pages, " ") != "citizen.vouchers citizen.voucher" {
		t.Errorf("views recorded on Aili's mandate: %v", pages)
	}
}

func checkNoHETU(t *testing.T, h *hub) {
	h.mu.Lock()
	urls := strings.Join(h.urls, "\n")
	h.mu.Unlock()
	for _, code := range []string{hetuMatti, hetuAili, hetuSanna} {
		if strings.Contains(urls, code) || strings.Contains(h.logs.String(), code) {
			t.Errorf("a henkilötunnus in the portal's URLs or log:\n%s\n%s", urls, h.logs.String())
		}
	}
}

func TestMandateRefused(t *testing.T) {
	h, ms := newMandateHub(t)
	matti := h.citizen(t, "2")
	page := matti.viaSuomifi(ms, "1")
	if matti.status() != http.StatusForbidden || !strings.Contains(page, "ei ole valtuuttanut sinua") {
		t.Fatalf("Sanna's mandate is for another matter: %d\n%s", matti.status(), page)
	}
	if page := matti.get("/portal/citizen/vouchers/" + id(h.voucherOf("siivous").ID)); matti.status() != http.StatusNotFound {
		t.Errorf("refused, Matti still sees Sanna's voucher: %d\n%s", matti.status(), page)
	}
	sanna := h.citizen(t, "0")
	if page := sanna.viaSuomifi(ms, "cancel"); !strings.Contains(page, "Et valinnut henkilöä") {
		t.Errorf("without mandates, back from Suomi.fi: %d\n%s", sanna.status(), page)
	}
	checkNoHETU(t, h)
}

// TestMandateServiceFaults: Suomi.fi Mandates down or answering garbage is
// told in a sentence; the citizen stays logged in and can go on.
func TestMandateServiceFaults(t *testing.T) {
	h, ms := newMandateHub(t)
	matti := h.citizen(t, "2")
	for name, tc := range map[string]struct {
		fault *atomic.Bool
		text  string
	}{"down": {&ms.down, "ei juuri nyt vastaa"}, "garbled": {&ms.srv.Garble, "teknisen vian"}} {
		tc.fault.Store(true)
		page := matti.viaSuomifi(ms, "0")
		tc.fault.Store(false)
		if matti.status() != http.StatusBadGateway || !strings.Contains(page, tc.text) {
			t.Errorf("%s: %d\n%s", name, matti.status(), page)
		}
		if !strings.Contains(h.logs.String(), "citizen mandate check") {
			t.Errorf("%s: the cause is not logged", name)
		}
	}
	if page := matti.viaSuomifi(ms, "0"); !strings.Contains(page, "Aili Testilä") {
		t.Errorf("after the faults, the same login: %d\n%s", matti.status(), page)
	}
	checkNoHETU(t, h)
}
