package web_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"vuoro/hub/demo"
)

// chromium starts a headless Debian Chromium. Without one the test is
// skipped, except in CI, where `make test` installs it and a missing
// browser is a failure.
func chromium(t *testing.T) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("chromium not installed; make test installs it")
		}
		t.Skip("chromium not installed")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path),
		chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(1280, 800),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel3)
	return ctx
}

// shot saves a screenshot when VUORO_SHOTS names a folder.
func shot(t *testing.T, ctx context.Context, name string) {
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

// submit clicks a button that submits a form and waits for the next page.
func submit(t *testing.T, ctx context.Context, xpath string) {
	t.Helper()
	if _, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.Search(xpath))); err != nil {
		t.Fatalf("click %s: %v", xpath, err)
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

func TestBrowserCallAndEnd(t *testing.T) {
	srv, eng := newConsole(t)
	issue(t, eng, "vero-veroasiat", 3)
	issue(t, eng, "vero-verokortit", 1)
	ctx := chromium(t)
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/console"),
		chromedp.SendKeys(chromedp.ID("login"), "vero"),
		chromedp.SendKeys(chromedp.ID("password"), demo.Password),
	)
	if err != nil {
		t.Fatal(err)
	}
	shot(t, ctx, "console-login")
	submit(t, ctx, `//button[normalize-space()="Kirjaudu"]`)
	if err := chromedp.Do(ctx, chromedp.SetValue(chromedp.ID("room"), "6")); err != nil {
		t.Fatal(err)
	}
	submit(t, ctx, `//button[normalize-space()="Valitse"]`)
	submit(t, ctx, `//button[normalize-space()="Kutsu seuraava"]`)
	serving, rows := text(t, ctx, "p.serving"), text(t, ctx, "table tbody")
	shot(t, ctx, "console-serving")
	submit(t, ctx, `//button[normalize-space()="Lopeta vierailu"]`)
	afterEnd := text(t, ctx, "table tbody")
	if !strings.Contains(serving, "R1") || !strings.Contains(serving, "huoneessa 6") {
		t.Errorf("serving line = %q, want R1 in room 6", serving)
	}
	if !strings.Contains(rows, "Kutsuttu sisään") || !strings.Contains(rows, "R3") {
		t.Errorf("table = %q, want R1 called in and R3 waiting", rows)
	}
	if strings.Contains(afterEnd, "R1") || !strings.Contains(afterEnd, "R2") {
		t.Errorf("after ending R1 the table shows %q", afterEnd)
	}
}
