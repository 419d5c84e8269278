package web_test

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
)

// The reports page in Chromium, in each language: charts with their
// tables, and nothing axe-core finds wrong; the same page printed hides
// the filter and the navigation.
func TestBrowserReportsPage(t *testing.T) {
	srv := reportsHub(t)
	ctx := browsertest.Start(t, 1400, 1000)
	browserLogin(t, ctx, srv.URL, "paakayttaja", "/admin/reports?period=day&date=2026-11-23")
	for _, c := range []struct{ lang, heading string }{{"fi", "Raportit"}, {"sv", "Rapporter"}, {"en", "Reports"}} {
		do(t, ctx, chromedp.Navigate(srv.URL+"/admin/reports?period=day&date=2026-11-23&lang="+c.lang))
		if got := text(t, ctx, "h1"); got != c.heading {
			t.Errorf("%s: heading %q, want %q", c.lang, got, c.heading)
		}
		if got := text(t, ctx, "#t-summary"); !strings.Contains(got, "5") {
			t.Errorf("%s: the summary table: %q", c.lang, got)
		}
		if got := text(t, ctx, "#t-clerks"); !strings.Contains(got, "Maija Virtanen") {
			t.Errorf("%s: the clerks table does not name the clerk: %q", c.lang, got)
		}
		if got := text(t, ctx, "#t-served_by"); !strings.Contains(got, "Maija Virtanen") || strings.Contains(got, "vero-veroasiat") {
			t.Errorf("%s: the served-by table shows ids, not names: %q", c.lang, got)
		}
		bars, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#chart-queue rect").length`))
		if err != nil || bars == 0 {
			t.Errorf("%s: the queue chart has %d bars (%v)", c.lang, bars, err)
		}
		audit(t, ctx, "reports "+c.lang)
		browsertest.Shot(t, ctx, "reports-"+c.lang)
	}
	do(t, ctx, printMedia)
	hidden, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`getComputedStyle(document.querySelector("form.filters")).display === "none" && getComputedStyle(document.querySelector("nav.admin")).display === "none"`))
	if err != nil || !hidden {
		t.Errorf("printed, the filter and navigation still show (%v)", err)
	}
}

// printMedia shows the page as it prints.
func printMedia(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
	_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	return chromedp.Void{}, err
}
