package guard

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pkg is one directory's non-test Go files.
type pkg struct {
	dir     string // relative to the module root, slash-separated
	imports map[string]bool
	hasDoc  bool
}

func loadPackages(t *testing.T) []pkg {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	byDir := map[string]*pkg{}
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "bin" || d.Name() == "run") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		p := byDir[rel]
		if p == nil {
			p = &pkg{dir: filepath.ToSlash(rel), imports: map[string]bool{}}
			byDir[rel] = p
		}
		p.hasDoc = p.hasDoc || f.Doc != nil
		for _, im := range f.Imports {
			p.imports[strings.Trim(im.Path.Value, `"`)] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var out []pkg
	for _, p := range byDir {
		out = append(out, *p)
	}
	if len(out) < 10 {
		t.Fatalf("found only %d packages; is the walk broken?", len(out))
	}
	return out
}

func under(dir string, roots ...string) bool {
	for _, r := range roots {
		if dir == r || strings.HasPrefix(dir, r+"/") {
			return true
		}
	}
	return false
}

func importsAny(p pkg, prefixes ...string) string {
	for im := range p.imports {
		if under(im, prefixes...) {
			return im
		}
	}
	return ""
}

// isView reports whether a package may use Fyne: views and mains only.
func isView(dir string) bool {
	return strings.HasSuffix(dir, "/ui") || strings.Contains(dir, "/ui/") || strings.Contains(dir, "/cmd/")
}

func TestImportRules(t *testing.T) {
	for _, p := range loadPackages(t) {
		rules := []struct {
			applies   bool
			forbidden []string
			why       string
		}{
			{under(p.dir, "drivers"), []string{"vuoro/kiosk", "vuoro/display", "vuoro/hub"}, "drivers never import apps"},
			{under(p.dir, "shared"), []string{"vuoro/kiosk", "vuoro/display", "vuoro/hub"}, "shared code never imports apps"},
			{!isView(p.dir), []string{"fyne.io"}, "only views (…/ui) and mains import Fyne; view-models are plain Go"},
			{p.dir != "hub/store" && p.dir != "kiosk/outbox", []string{"go.etcd.io/bbolt"},
				"only hub/store (the hub's file) and kiosk/outbox (the kiosk's) import bbolt"},
			{p.dir != "hub/broker", []string{"github.com/mochi-mqtt"}, "only hub/broker imports the broker"},
			{p.dir != "hub/ical", []string{"github.com/arran4/golang-ical"}, "only hub/ical reads and writes iCalendar"},
			{p.dir != "hub/server", []string{"github.com/prometheus"},
				"only hub/server imports Prometheus; the libraries report through hooks and counts (event.Journal.OnCommit, broker.Stats)"},
			{under(p.dir, "kiosk", "display"), []string{"vuoro/hub"}, "devices talk to the hub only over MQTT"},
			{p.dir == "hub/webkit", []string{"vuoro/hub", "vuoro/kiosk", "vuoro/display"}, "the web kit serves every web surface and knows none of them"},
			{under(p.dir, "hub/web", "hub/portal"), []string{"golang.org/x/time/rate"}, "login limits live in hub/webkit, written once"},
		}
		for _, r := range rules {
			if im := importsAny(p, r.forbidden...); r.applies && im != "" {
				t.Errorf("%s imports %s: %s", p.dir, im, r.why)
			}
		}
	}
}

func TestWireUsesOnlyStandardLibrary(t *testing.T) {
	for _, p := range loadPackages(t) {
		if p.dir != "shared/wire" {
			continue
		}
		for im := range p.imports {
			if first := strings.Split(im, "/")[0]; strings.Contains(first, ".") || first == "vuoro" {
				t.Errorf("shared/wire imports %s; it must stay standard library only", im)
			}
		}
		return
	}
	t.Fatal("shared/wire not found")
}

func TestEveryPackageHasADoc(t *testing.T) {
	for _, p := range loadPackages(t) {
		if !p.hasDoc {
			t.Errorf("%s has no package doc comment", p.dir)
		}
	}
}

func TestTopLevelLayout(t *testing.T) {
	for _, name := range []string{"kiosk", "display", "hub", "drivers", "shared", "images", "go.mod", "Makefile", "README.md"} {
		if _, err := os.Stat(filepath.Join("../..", name)); err != nil {
			t.Errorf("top-level %s missing: %v", name, err)
		}
	}
}
