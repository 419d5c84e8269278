// Package browsertest drives a real headless Chromium for the hub's web
// tests: it starts the browser (Debian's chromium), opens separate
// sessions, saves screenshots, and checks pages with axe-core against
// WCAG 2.1 A and AA.
//
// Without Chromium or axe-core a test is skipped, except in CI (CI set),
// where `make test` installs both and their absence is a failure.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Start starts a headless Chromium with a window of w×h and returns the
// context of its first session. The browser ends with the test.
func Start(t testing.TB, w, h int) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		need(t, "chromium not installed; make test installs it")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path),
		chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(w, h),
		// No traffic but to the pages under test: this machine's network is closed.
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 120*time.Second)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// need skips the test, or fails it in CI.
func need(t testing.TB, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal(why)
	}
	t.Skip(why)
}

// Session opens another session in ctx's browser, with its own cookies.
func Session(t testing.TB, ctx context.Context) context.Context {
	t.Helper()
	c, cancel := chromedp.NewContext(ctx, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	return c
}

// Shot saves a full-page screenshot as name.png when VUORO_SHOTS names a
// folder, so a person can look at the pages a test walks through.
func Shot(t testing.TB, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("VUORO_SHOTS")
	if dir == "" {
		return
	}
	b, err := chromedp.Run(ctx, chromedp.FullScreenshot(90))
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, name+".png"), b, 0o644)
	}
	if err != nil {
		t.Error(err)
	}
}

var (
	axeOnce sync.Once
	axeSrc  string
	axeErr  error
)

// axeScript returns axe-core as installed by images/dev/axe.sh.
func axeScript(t testing.TB) string {
	t.Helper()
	axeOnce.Do(func() {
		_, here, _, _ := runtime.Caller(0)
		b, err := os.ReadFile(filepath.Join(filepath.Dir(here), "axe", "node_modules", "axe-core", "axe.min.js"))
		axeSrc, axeErr = string(b), err
	})
	if axeErr != nil {
		need(t, "axe-core not installed (images/dev/axe.sh; make test runs it): "+axeErr.Error())
	}
	return axeSrc
}

const axeRun = `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
  .then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', ')))`

// Axe runs axe-core on the page in ctx and returns its WCAG 2.1 A and AA
// violations, one line each.
func Axe(t testing.TB, ctx context.Context) []string {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](axeScript(t)+";true")); err != nil {
		t.Fatalf("inject axe-core: %v", err)
	}
	v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](axeRun, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("axe.run: %v", err)
	}
	return v
}
