package portal_test

import (
	"strings"
	"testing"

	"vuoro/hub/browsertest"
)

// TestPublicPagesInThreeLanguages checks the pages anyone sees, in each
// language, with axe-core, and that the comparison filters and sorts.
func TestPublicPagesInThreeLanguages(t *testing.T) {
	h := newHub(t)
	ctx := browsertest.Start(t, 1280, 900)
	for _, lang := range []string{"fi", "sv", "en"} {
		for _, page := range []string{"/portal/", "/portal/providers?service=siivous&sort=price", "/portal/login"} {
			open(t, ctx, h.srv.URL+"/portal/lang/"+lang+"?next="+strings.ReplaceAll(page, "&", "%26"))
			if got := textOf(t, ctx, "html > body > main h1"); got == "" {
				t.Errorf("%s %s: no heading", lang, page)
			}
			look(t, ctx, lang+strings.NewReplacer("/portal/", "-", "?", "-", "&", "-", "=", "-").Replace(page))
		}
	}
	u := h.user(t)
	page := u.get("/portal/providers?service=siivous&sort=price&stepfree=1")
	cheap, dear := strings.Index(page, "Siisti Koti Hollola"), strings.Index(page, "Kotiapu Salmi Oy")
	if cheap < 0 || dear < 0 || cheap > dear || strings.Contains(page, "Fysioterapia Liike") {
		t.Errorf("cleaning by price: Siisti at %d, Kotiapu at %d", cheap, dear)
	}
}
