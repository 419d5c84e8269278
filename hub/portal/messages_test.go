package portal

import (
	"io/fs"
	"regexp"
	"testing"
)

// TestEveryTextInThreeLanguages checks that each key a template asks for
// has a Finnish, a Swedish and an English text.
func TestEveryTextInThreeLanguages(t *testing.T) {
	key := regexp.MustCompile(`\{\{t "([^"]+)"`)
	files, _ := fs.Glob(templateFS, "templates/*.html")
	for _, f := range files {
		b, _ := fs.ReadFile(templateFS, f)
		for _, m := range key.FindAllStringSubmatch(string(b), -1) {
			if _, ok := messages[m[1]]; !ok {
				t.Errorf("%s: no text for %q", f, m[1])
			}
		}
	}
	for k, texts := range messages {
		for i, s := range texts {
			if s == "" {
				t.Errorf("%s has no %s text", k, languages[i])
			}
		}
	}
}
