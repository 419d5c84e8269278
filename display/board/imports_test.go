package board_test

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoFyne keeps the view-models free of any user-interface toolkit, so
// they stay testable without a window.
func TestNoFyne(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			if strings.HasPrefix(strings.Trim(imp.Path.Value, `"`), "fyne.io/") {
				t.Errorf("%s imports %s; view-models must not import Fyne", name, imp.Path.Value)
			}
		}
	}
}
