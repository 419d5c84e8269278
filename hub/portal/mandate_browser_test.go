package portal_test

import (
	"context"
	"strings"
	"testing"

	"vuoro/hub/browsertest"
)

// TestBrowserMandateChoice is issue 16's mandate choice in Chromium: after
// login the citizen chooses "someone else", then Suomi.fi Mandates, picks
// the principal at the (test) Suomi.fi selection page and sees the
// principal's vouchers; a principal who authorised them for another
// matter, and a person with no mandates, are refused with a clear message.
// Every page of the portal on the way passes axe-core.
func TestBrowserMandateChoice(t *testing.T) {
	h, _ := newMandateHub(t)
	ctx := browsertest.Start(t, 1280, 900)
	browserCitizen(t, ctx, h, "Matti Koekäyttäjä")
	toSuomifi(t, ctx)
	tick(t, ctx, "p0") // Aili Testilä
	click(t, ctx, button("Jatka"))
	if txt := textOf(t, ctx, "main"); !strings.Contains(txt, "Asioit henkilön puolesta: Aili Testilä") || !strings.Contains(txt, "Kotihoito") {
		t.Fatalf("acting for Aili: %q", txt)
	}
	look(t, ctx, "mandate-vouchers")

	open(t, ctx, h.srv.URL+"/portal/citizen")
	toSuomifi(t, ctx)
	tick(t, ctx, "p1") // Sanna Testinen, for another matter
	click(t, ctx, button("Jatka"))
	if txt := textOf(t, ctx, "[role=alert]"); !strings.Contains(txt, "ei ole valtuuttanut sinua") {
		t.Errorf("refusal: %q", txt)
	}
	look(t, ctx, "mandate-refused")

	other := browsertest.Start(t, 1280, 900)
	browserCitizen(t, other, h, "Sanna Testinen")
	toSuomifi(t, other)
	if txt := textOf(t, other, "[role=alert]"); !strings.Contains(txt, "ei ole voimassa olevia valtuuksia") {
		t.Errorf("selection page for a person without mandates: %q", txt)
	}
	click(t, other, button("Peruuta ja palaa asiointipalveluun"))
	if txt := textOf(t, other, "[role=alert]"); !strings.Contains(txt, "Et valinnut henkilöä") {
		t.Errorf("back without a mandate: %q", txt)
	}
	look(t, other, "mandate-none")
}

// browserCitizen logs in through the test IdP as name and checks the
// choice that follows.
func browserCitizen(t *testing.T, ctx context.Context, h *hub, name string) {
	open(t, ctx, h.srv.URL+"/portal/lang/fi?next=/portal/")
	click(t, ctx, `//a[normalize-space()="Tunnistaudu"]`)
	click(t, ctx, `//button[contains(., "`+name+`")]`)
	click(t, ctx, `//button[contains(., "Jatka palveluun")]`)
	if txt := textOf(t, ctx, "main"); !strings.Contains(txt, "Omat asiani") || !strings.Contains(txt, "Jonkun toisen asioita") || strings.Contains(txt, "Aili") {
		t.Fatalf("after login: %q", txt)
	}
	look(t, ctx, "choose-"+strings.Fields(name)[0])
}

// toSuomifi chooses someone else, then Suomi.fi Mandates, and lands on
// the selection page.
func toSuomifi(t *testing.T, ctx context.Context) {
	tick(t, ctx, "who-other")
	click(t, ctx, button("Jatka"))
	look(t, ctx, "others")
	tick(t, ctx, "who-suomifi")
	click(t, ctx, button("Jatka"))
	if txt := textOf(t, ctx, "h1"); !strings.Contains(txt, "Suomi.fi-valtuudet") {
		t.Fatalf("not at the selection page: %q", txt)
	}
	look(t, ctx, "mandate-selection")
}
