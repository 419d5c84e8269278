package web_test

import (
	"maps"
	"slices"
	"testing"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
	"vuoro/hub/web/authz"
)

// Every action states its role and its scope in its row, and has cases in
// the authorization matrix (matrixActions) at the row's role and at every
// API route of the row; a case may need more than the row's role when its
// scope does (granting every queue). An action added without them fails
// here.
func TestEveryActionHasAnAuthorizationRowAndMatrixCases(t *testing.T) {
	rows := map[string]*action.Action{}
	for _, a := range action.All() {
		rows[a.Name] = a
		if !authz.Known(a.Least) || len(a.Scope) == 0 || len(a.Routes) == 0 {
			t.Errorf("action %s: role %q, %d scopes, %d routes: a row needs all three", a.Name, a.Least, len(a.Scope), len(a.Routes))
		}
	}
	cased := map[string]map[string]bool{} // action: API routes with a case
	leastCased := map[string]bool{}       // action: a case with the row's own role
	for _, m := range matrixActions {
		a, ok := rows[m.name]
		switch {
		case !ok:
			t.Errorf("the matrix has a case of %s, which has no row", m.name)
			continue
		case !authz.May(queue.Clerk{Role: m.least}, a.Least):
			t.Errorf("the matrix lets role %s do %s, its row needs %s", m.least, m.name, a.Least)
		case !slices.Contains(a.Routes, m.api):
			t.Errorf("the matrix calls %s at %q, not one of its routes %v", m.name, m.api, a.Routes)
		}
		if cased[m.name] == nil {
			cased[m.name] = map[string]bool{}
		}
		cased[m.name][m.api] = true
		leastCased[m.name] = leastCased[m.name] || m.least == a.Least
	}
	for name, a := range rows {
		if !leastCased[name] {
			t.Errorf("action %s has no case in the authorization matrix at its row's role %s", name, a.Least)
		}
		for _, rt := range a.Routes {
			if !cased[name][rt] {
				t.Errorf("action %s at %q has no case in the authorization matrix (matrixActions)", name, rt)
			}
		}
	}
	if got, want := slices.Sorted(maps.Keys(cased)), slices.Sorted(maps.Keys(rows)); !slices.Equal(got, want) {
		t.Errorf("actions with matrix cases %v, actions with rows %v", got, want)
	}
	if len(rows) < 30 {
		t.Fatalf("only %d actions found; is the table read?", len(rows))
	}
}
