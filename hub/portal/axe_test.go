package portal_test

import (
	"testing"

	"vuoro/hub/browsertest"
)

// TestAxeFindsViolations makes sure the check can fail: an unlabelled
// field on a page without a language is two violations.
func TestAxeFindsViolations(t *testing.T) {
	ctx := browsertest.Start(t, 1280, 900)
	open(t, ctx, "data:text/html,<title>x</title><input>")
	if v := browsertest.Axe(t, ctx); len(v) < 2 {
		t.Errorf("axe-core found %v", v)
	}
}
