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

// An address the portal does not serve answers with a page in the
// reader's language, with a title and a heading, that axe-core passes.
func TestNotFoundPageInThreeLanguages(t *testing.T) {
	h := newHub(t)
	ctx := browsertest.Start(t, 1280, 900)
	want := map[string]string{"fi": "Sivua ei löytynyt", "sv": "Sidan hittades inte", "en": "Page not found"}
	for _, lang := range []string{"fi", "sv", "en"} {
		open(t, ctx, h.srv.URL+"/portal/lang/"+lang+"?next=/portal/no-such-page")
		if got := textOf(t, ctx, "html > body > main h1"); got != want[lang] {
			t.Errorf("%s: 404 heading %q", lang, got)
		}
		look(t, ctx, lang+"-404")
	}
}
