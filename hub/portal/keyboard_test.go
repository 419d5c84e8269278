package portal_test

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
)

// TestKeyboardOnly logs in and reaches the grant form with the keyboard
// alone: Tab to each field, type, Enter.
func TestKeyboardOnly(t *testing.T) {
	h := newHub(t)
	ctx := browsertest.Start(t, 1280, 900)
	open(t, ctx, h.srv.URL+"/portal/lang/sv?next=/portal/login")
	tabTo(t, ctx, "login")
	keys(t, ctx, "lahti-sote\tvuoro-demo")
	if _, err := chromedp.RunResponse(ctx, chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	look(t, ctx, "municipal-sv")
	tabTo(t, ctx, "")
	if _, err := chromedp.RunResponse(ctx, chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	if h1 := textOf(t, ctx, "h1"); !strings.Contains(h1, "Bevilja servicesedel") {
		t.Errorf("keyboard did not reach the grant form: %q", h1)
	}
}

func keys(t *testing.T, ctx context.Context, s string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.KeyEvent(s)); err != nil {
		t.Fatal(err)
	}
}

// tabTo presses Tab until the element with id has the focus, or, for "",
// until the focus is on the link to the grant form.
func tabTo(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	for range 20 {
		keys(t, ctx, "\t")
		js := `document.activeElement.id === '` + id + `'`
		if id == "" {
			js = `(document.activeElement.getAttribute('href') || '').endsWith('/municipal/grant')`
		}
		if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js)); err == nil && ok {
			return
		}
	}
	t.Fatalf("Tab never reached %q", id)
}
