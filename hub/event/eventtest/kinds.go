// Package eventtest holds what tests of the hub's engines need around their
// events.
package eventtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"vuoro/hub/event"
)

// DeclaredKinds returns the values of the string constants named Kind… that
// the non-test Go files in dir declare: the kinds of event a package writes.
func DeclaredKinds(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if vs, ok := n.(*ast.ValueSpec); ok {
				out = append(out, kindValues(vs)...)
			}
			return true
		})
	}
	slices.Sort(out)
	return out
}

// kindValues returns the string values of the constants named Kind… of vs.
func kindValues(vs *ast.ValueSpec) []string {
	var out []string
	for i, name := range vs.Names {
		if !strings.HasPrefix(name.Name, "Kind") || i >= len(vs.Values) {
			continue
		}
		if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
			v, _ := strconv.Unquote(lit.Value)
			out = append(out, v)
		}
	}
	return out
}

// CheckKinds fails t unless every kind declared in dir has exactly one row
// among names, and decodes, by decode, to a payload of its own Go type
// that names that kind.
func CheckKinds(t *testing.T, dir string, names []string, decode func(event.Event) (event.Payload, error)) {
	t.Helper()
	declared := DeclaredKinds(t, dir)
	if len(declared) == 0 {
		t.Fatal("no kinds declared")
	}
	if !slices.Equal(declared, names) {
		t.Errorf("declared kinds\n%v\nrows\n%v", declared, names)
	}
	types := map[string]string{}
	for _, k := range declared {
		t.Run(k, func(t *testing.T) {
			p, err := decode(event.Event{Kind: k, Payload: []byte(`{}`)})
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			typ := fmt.Sprintf("%T", p)
			if p.Kind() != k {
				t.Errorf("decoded as %s, which is of kind %q", typ, p.Kind())
			}
			if other, ok := types[typ]; ok {
				t.Errorf("%s is the payload of %s too", typ, other)
			}
			types[typ] = k
		})
	}
}

// RoundTrip fails t unless every event of evs decodes, by decode, to a
// payload that encodes back to the event's stored bytes: the Go types keep
// the JSON on disk as it is. It returns the kinds of evs.
func RoundTrip(t *testing.T, evs []event.Event, decode func(event.Event) (event.Payload, error)) map[string]bool {
	t.Helper()
	seen := map[string]bool{}
	for _, ev := range evs {
		p, err := decode(ev)
		if err != nil {
			t.Fatalf("event %d: %v", ev.Seq, err)
		}
		if b, _ := json.Marshal(p); !bytes.Equal(b, ev.Payload) {
			t.Errorf("event %d (%s) decoded as %T encodes as\n%s\nnot\n%s", ev.Seq, ev.Kind, p, b, ev.Payload)
		}
		seen[ev.Kind] = true
	}
	return seen
}
