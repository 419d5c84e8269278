package portal_test

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
)

// TestBrowserVoucherLife is issue 5's end-to-end path in Chromium: grant →
// the provider enters the number → records an event → the citizen logs in
// through the test IdP → sees the balance and the event → gives feedback →
// the provider replies → the citizen sees the reply → logs out. Every page
// on the way is checked with axe-core.
func TestBrowserVoucherLife(t *testing.T) {
	h := newHub(t)
	office, home := browsertest.Start(t, 1280, 900), browsertest.Start(t, 1280, 900) // two browsers: the office's and the citizen's
	open(t, office, h.srv.URL+"/portal/lang/fi?next=/portal/")
	open(t, home, h.srv.URL+"/portal/lang/fi?next=/portal/")
	look(t, office, "home")
	number, check := grantInBrowser(t, office, h)
	providerRecords(t, office, h, number, check)

	citizenLogsIn(t, home, h)
	if bal := textOf(t, home, ".balance"); bal != "522,00 €" {
		t.Errorf("citizen sees balance %q, want 522,00 €", bal)
	}
	if ev := textOf(t, home, "table tbody"); !strings.Contains(ev, "Fysioterapia 45 min") {
		t.Errorf("citizen does not see the event: %q", ev)
	}
	fill(t, home, "text", "Terapeutti oli ammattitaitoinen.")
	tick(t, home, "rating-5")
	click(t, home, button("Lähetä palaute"))
	look(t, home, "citizen-feedback")

	open(t, office, h.srv.URL+"/portal/provider")
	click(t, office, `//a[normalize-space()="Matti Koekäyttäjä"]`)
	fill(t, office, reply(t, office), "Kiitos palautteesta!")
	click(t, office, button("Lähetä vastaus"))

	open(t, home, h.srv.URL+"/portal/citizen/feedback")
	if fb := textOf(t, home, "main"); !strings.Contains(fb, "Kiitos palautteesta!") || !strings.Contains(fb, "arvio 5/5") {
		t.Errorf("citizen does not see the reply: %q", fb)
	}
	look(t, home, "citizen-reply")
	click(t, home, button("Kirjaudu ulos"))
	if txt := textOf(t, home, "main"); !strings.Contains(txt, "Suomi.fi-tunnistuksesta") {
		t.Errorf("after logout: %q", txt)
	}
	look(t, home, "logged-out")
}

func grantInBrowser(t *testing.T, ctx context.Context, h *hub) (string, string) {
	browserLogin(t, ctx, h, "lahti-sote")
	look(t, ctx, "municipal")
	click(t, ctx, `//nav//a[normalize-space()="Myönnä palveluseteli"]`)
	fill(t, ctx, "hetu", "150575-9612", "name", "Matti Koekäyttäjä", "service", "fysioterapia", "value", "580", "share", "10")
	look(t, ctx, "grant")
	click(t, ctx, button("Myönnä"))
	look(t, ctx, "staff-voucher")
	number, check := textOf(t, ctx, "#voucher-number"), textOf(t, ctx, "#check-code")
	if !strings.Contains(textOf(t, ctx, "[role=status]"), "Seteli myönnetty") || len(check) != 2 {
		t.Fatalf("grant: number %q check %q", number, check)
	}
	open(t, ctx, h.srv.URL+"/portal/municipal/summary")
	look(t, ctx, "summary")
	click(t, ctx, button("Kirjaudu ulos"))
	return number, check
}

func providerRecords(t *testing.T, ctx context.Context, h *hub, number, check string) {
	browserLogin(t, ctx, h, "liike")
	fill(t, ctx, "number", number, "check", check)
	look(t, ctx, "provider")
	click(t, ctx, button("Avaa asiakkuus"))
	fill(t, ctx, "date", "2026-11-23", "description", "Fysioterapia 45 min", "amount", "58,00")
	click(t, ctx, button("Kirjaa"))
	if ev := textOf(t, ctx, "table tbody"); !strings.Contains(ev, "Fysioterapia 45 min") {
		t.Fatalf("event not recorded: %q\n%s", ev, textOf(t, ctx, "main"))
	}
	look(t, ctx, "client")
}

func citizenLogsIn(t *testing.T, ctx context.Context, h *hub) {
	open(t, ctx, h.srv.URL+"/portal/")
	click(t, ctx, `//a[normalize-space()="Tunnistaudu"]`)
	look(t, ctx, "idp-pick")
	click(t, ctx, `//button[contains(., "Matti Koekäyttäjä")]`)
	look(t, ctx, "idp-return")
	click(t, ctx, `//button[contains(., "Jatka palveluun")]`)
	look(t, ctx, "choose")
	tick(t, ctx, "who-self")
	click(t, ctx, button("Jatka"))
	look(t, ctx, "citizen-vouchers")
	click(t, ctx, `//a[normalize-space()="Fysioterapia"]`)
	look(t, ctx, "citizen-voucher")
}

// reply returns the id of the first reply field on the page.
func reply(t *testing.T, ctx context.Context) string {
	id, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('textarea[name=reply]').id`))
	if err != nil {
		t.Fatal(err)
	}
	return id
}
