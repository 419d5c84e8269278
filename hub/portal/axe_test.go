package portal_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

var (
	axeOnce   sync.Once
	axeSource string
	axeErr    error
)

// axeScript returns axe-core, installing it with images/dev/axe.sh (npm ci
// of testdata/axe) the first time.
func axeScript(t *testing.T) string {
	t.Helper()
	axeOnce.Do(func() {
		file := filepath.Join("testdata", "axe", "node_modules", "axe-core", "axe.min.js")
		if _, err := os.Stat(file); err != nil {
			out, err := exec.Command("../../images/dev/axe.sh").CombinedOutput()
			if err != nil {
				axeErr = &exec.Error{Name: "axe.sh: " + string(out), Err: err}
				return
			}
		}
		b, err := os.ReadFile(file)
		axeSource, axeErr = string(b), err
	})
	if axeErr != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("axe-core: %v", axeErr)
		}
		t.Skipf("axe-core not installed: %v", axeErr)
	}
	return axeSource
}

const axeRun = `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
  .then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', ')))`

// axeViolations runs axe-core on the current page.
func axeViolations(t *testing.T, ctx context.Context) []string {
	t.Helper()
	src := axeScript(t)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](src+";true")); err != nil {
		t.Fatalf("inject axe-core: %v", err)
	}
	v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](axeRun, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("axe.run: %v", err)
	}
	return v
}

// TestAxeFindsViolations makes sure the check can fail: an unlabelled
// field on a page without a language is two violations.
func TestAxeFindsViolations(t *testing.T) {
	ctx := browser(t)
	open(t, ctx, "data:text/html,<title>x</title><input>")
	if v := axeViolations(t, ctx); len(v) < 2 {
		t.Errorf("axe-core found %v", v)
	}
}
