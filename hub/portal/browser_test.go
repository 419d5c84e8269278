package portal_test

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
)

// look saves a screenshot when VUORO_SHOTS names a folder, and checks
// the page with axe-core: WCAG 2.1 A and AA, no violations.
func look(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	browsertest.Shot(t, ctx, "portal-"+name)
	if v := browsertest.Axe(t, ctx); len(v) > 0 {
		t.Errorf("%s: axe-core found %d violations:\n%s", name, len(v), strings.Join(v, "\n"))
	}
}

// click clicks what xpath finds and waits for the page it loads.
func click(t *testing.T, ctx context.Context, xpath string) {
	t.Helper()
	if _, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.Search(xpath))); err != nil {
		t.Fatalf("click %s: %v", xpath, err)
	}
}

// tick clicks a radio button or check box by id (no page loads).
func tick(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID(id))); err != nil {
		t.Fatalf("check %s: %v", id, err)
	}
}

func open(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
}

// fill types values into fields by id.
func fill(t *testing.T, ctx context.Context, kv ...string) {
	t.Helper()
	var steps []chromedp.Action[chromedp.Void]
	for i := 0; i+1 < len(kv); i += 2 {
		steps = append(steps, chromedp.SetValue(chromedp.ID(kv[i]), kv[i+1]))
	}
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("fill %v: %v", kv, err)
	}
}

func textOf(t *testing.T, ctx context.Context, css string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(css)))
	if err != nil {
		t.Fatalf("text of %s: %v", css, err)
	}
	return s
}

func button(label string) string { return `//button[normalize-space()="` + label + `"]` }

func browserLogin(t *testing.T, ctx context.Context, h *hub, login string) {
	open(t, ctx, h.srv.URL+"/portal/login")
	fill(t, ctx, "login", login, "password", "vuoro-demo")
	click(t, ctx, button("Kirjaudu"))
}
