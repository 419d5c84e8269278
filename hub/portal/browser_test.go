package portal_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// browser starts a headless Chromium of its own (its own cookies). Without
// Chromium the test is skipped, except in CI, where make test installs it.
func browser(t *testing.T) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("chromium not installed; make test installs it")
		}
		t.Skip("chromium not installed")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-sync", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	return ctx
}

// look saves a screenshot when VUORO_SHOTS names a folder, and checks
// the page with axe-core: WCAG 2.1 A and AA, no violations.
func look(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	if dir := os.Getenv("VUORO_SHOTS"); dir != "" {
		b, err := chromedp.Run(ctx, chromedp.FullScreenshot(90))
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, "portal-"+name+".png"), b, 0o644)
		}
		if err != nil {
			t.Error(err)
		}
	}
	if v := axeViolations(t, ctx); len(v) > 0 {
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
