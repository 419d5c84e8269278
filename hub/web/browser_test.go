package web_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
	"vuoro/hub/demo"
)

// submit clicks a button that submits a form and waits for the next
// page, which it marks: waitLive checks that the mark stays.
func submit[S chromedp.Selectable](t *testing.T, ctx context.Context, sel S) {
	t.Helper()
	_, err := chromedp.RunResponse(ctx, chromedp.Click(sel))
	for try := 0; try < 3 && err != nil && strings.Contains(err.Error(), "Could not find node"); try++ {
		// A live update replaced the element between finding it and
		// clicking it (the page keeps what was typed and opened, so the
		// new one is the same button): nothing was clicked, click again.
		_, err = chromedp.RunResponse(ctx, chromedp.Click(sel))
	}
	if err != nil {
		t.Fatalf("click %v: %v", sel, err)
	}
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.vuoroStayed = true`))
}

func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func text(t *testing.T, ctx context.Context, css string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(css)))
	if err != nil {
		t.Fatalf("text of %s: %v", css, err)
	}
	return s
}

// browserLogin logs a browser session in and opens a page.
func browserLogin(t *testing.T, ctx context.Context, base, user, page string) {
	t.Helper()
	do(t, ctx, chromedp.Navigate(base+"/login"),
		chromedp.SendKeys(chromedp.ID("login"), user), chromedp.SendKeys(chromedp.ID("password"), demo.Password))
	submit(t, ctx, chromedp.CSS(`form[action="/login"] button`))
	do(t, ctx, chromedp.Navigate(base+page), chromedp.Evaluate[chromedp.Void](`window.vuoroStayed = true`))
}

// waitLive waits until the live part of ctx's page shows want, without a
// reload: the mark set at load must still be there.
func waitLive(t *testing.T, ctx context.Context, what, want string) {
	t.Helper()
	js := fmt.Sprintf(`document.getElementById("live").innerText.includes(%q)`, want)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("%s: the page never showed %q live: %v", what, want, err)
	}
	stayed, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.vuoroStayed === true`))
	if err != nil || !stayed {
		t.Fatalf("%s: the page was reloaded", what)
	}
}

// waitGone waits until the live part no longer shows text.
func waitGone(t *testing.T, ctx context.Context, what, gone string) {
	t.Helper()
	js := fmt.Sprintf(`!document.getElementById("live").innerText.includes(%q)`, gone)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("%s: the page still shows %q: %v", what, gone, err)
	}
}

// audit checks a page for the basics of accessibility: a language, a
// label for every field, a name for every button, one h1; and, where the
// portal's axe-core is installed (images/dev/axe.sh), every WCAG 2.1 A
// and AA rule axe-core checks, contrast among them.
func audit(t *testing.T, ctx context.Context, page string) {
	t.Helper()
	problems, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](auditJS))
	if err != nil {
		t.Fatalf("audit %s: %v", page, err)
	}
	problems = append(problems, browsertest.Axe(t, ctx)...)
	for _, p := range problems {
		t.Errorf("%s: %s", page, p)
	}
}

const auditJS = `(() => {
  const out = [];
  if (!document.documentElement.lang) out.push("no lang on html");
  document.querySelectorAll("input:not([type=hidden]), select, textarea").forEach(el => {
    if (!el.labels || el.labels.length === 0) out.push("field without a label: " + (el.id || el.name));
  });
  document.querySelectorAll("button, a[href]").forEach(el => {
    if (!el.textContent.trim() && !el.getAttribute("aria-label")) out.push("control without a name: " + el.outerHTML.slice(0, 80));
  });
  const ids = {};
  document.querySelectorAll("[id]").forEach(el => { if (ids[el.id]) out.push("duplicate id " + el.id); ids[el.id] = true; });
  if (document.querySelectorAll("h1").length !== 1) out.push("h1 count " + document.querySelectorAll("h1").length);
  return out;
})()`

func TestBrowserLogin(t *testing.T) {
	h := newHub(t)
	ctx := browsertest.Start(t, 1400, 900)
	do(t, ctx, chromedp.Navigate(h.srv.URL+"/console"))
	audit(t, ctx, "login")
	browsertest.Shot(t, ctx, "console-login")
	do(t, ctx, chromedp.SendKeys(chromedp.ID("login"), "vero"), chromedp.SendKeys(chromedp.ID("password"), "wrong"))
	submit(t, ctx, chromedp.CSS(`form[action="/login"] button`))
	if got := text(t, ctx, "#login-error"); !strings.Contains(got, "Väärä käyttäjätunnus") {
		t.Fatalf("error = %q", got)
	}
	submit(t, ctx, chromedp.CSS(`a[lang="sv"]`))
	if got := text(t, ctx, "h1"); got != "Vuoro – handläggarvy" {
		t.Fatalf("Swedish login heading = %q", got)
	}
}

// An address the console does not serve answers with a page, in the
// reader's language, that axe-core finds nothing wrong with.
func TestBrowserNotFoundPage(t *testing.T) {
	h := newHub(t)
	ctx := browsertest.Start(t, 1400, 900)
	do(t, ctx, chromedp.Navigate(h.srv.URL+"/no-such-page"))
	audit(t, ctx, "404")
	if got := text(t, ctx, "h1"); got != "Sivua ei löytynyt" {
		t.Fatalf("404 heading = %q", got)
	}
	do(t, ctx, chromedp.Navigate(h.srv.URL+"/no-such-page?lang=sv"))
	audit(t, ctx, "404 in Swedish")
	if got := text(t, ctx, "h1"); got != "Sidan hittades inte" {
		t.Fatalf("Swedish 404 heading = %q", got)
	}
	browsertest.Shot(t, ctx, "console-404")
}
