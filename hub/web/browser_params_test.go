package web_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
	"vuoro/hub/queue"
)

// The parameters page tells each setting's value and who changed it last
// and when; the event log tells each event in words, with its details as
// fields and no code names; both pass axe-core in every language.
func TestBrowserParamsAndLogInWords(t *testing.T) {
	h := newHub(t)
	h.clk.Advance(time.Hour)
	if err := h.eng.ConfigureService("clerk:admin", "vero-veroasiat", queue.Settings{DailyCap: 40, AlertWait: 20 * time.Minute}, nil); err != nil {
		t.Fatal(err)
	}
	r := issue(t, h.eng, "vero-veroasiat", 1)
	if _, err := h.eng.CallNext("vero", []string{"vero-veroasiat"}, "6"); err != nil {
		t.Fatal(err)
	}
	ctx := browsertest.Start(t, 1400, 900)
	browserLogin(t, ctx, h.srv.URL, "paakayttaja", "/admin/params")
	row := text(t, ctx, "#params-service-vero-veroasiat")
	for _, want := range []string{"Numeroita päivässä enintään\t40", "Hälytä, kun pisin odotus ylittää\t20 min", "23.11.2026 10:54"} {
		if !strings.Contains(row, want) {
			t.Errorf("the Veroasiat settings lack %q:\n%s", want, row)
		}
	}
	audit(t, ctx, "parameters")
	browsertest.Shot(t, ctx, "params-fi")

	for _, lang := range []string{"fi", "sv", "en"} {
		do(t, ctx, chromedp.Navigate(h.srv.URL+"/admin/log?from=&lang="+lang))
		log := text(t, ctx, "table.log")
		for _, code := range []string{queue.KindTicketCalled, queue.KindServiceSettings, `"ticket"`, "clerk:"} {
			if strings.Contains(log, code) {
				t.Errorf("the %s log shows the code %s", lang, code)
			}
		}
		want := map[string]string{"fi": "kutsui numeron " + r[0].CallID + " huoneeseen 6", "sv": "kallade nummer " + r[0].CallID + " till rum 6",
			"en": "called " + r[0].CallID + " to room 6"}[lang]
		if !strings.Contains(log, want) {
			t.Errorf("the %s log lacks %q", lang, want)
		}
		audit(t, ctx, "event log "+lang)
		browsertest.Shot(t, ctx, "eventlog-"+lang)
	}
}
