package action

import (
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// Action is one thing a console user does, the same from a form and from
// the API.
type Action struct {
	Name   string     // the form posts to /console/{Name}
	Routes []string   // the API's patterns; a path wildcard fills the request's field of its name
	Least  queue.Role // the least role that may do it
	Scope  []Scope    // what of the user's the request must fall in, checked in order
	// RoomFromSession: a form that names no room calls to the room the
	// user chose for the session.
	RoomFromSession bool

	newReq func() any
	fields map[string]bool // the request's JSON names
	run    func(d *Deps, c queue.Clerk, req any) (Outcome, error)
}

// table is every action by name; each action's file adds its row.
var table = map[string]*Action{}

// define adds an action with its request type R and handler h. A row
// without a role or a scope, a scope the request does not name, or a
// path wildcard that is no field of the request stops the program at
// start (the guard test starts it).
func define[R any](a Action, h func(d *Deps, c queue.Clerk, r *R) (Outcome, error)) *Action {
	a.newReq = func() any { return new(R) }
	a.fields = fieldNames(new(R))
	a.run = func(d *Deps, c queue.Clerk, req any) (Outcome, error) { return h(d, c, req.(*R)) }
	if err := a.check(); err != nil {
		panic(err)
	}
	table[a.Name] = &a
	for name := range a.fields {
		known[name] = true
	}
	return &a
}

var wildcard = regexp.MustCompile(`\{(\w+)\}`)

func (a *Action) check() error {
	switch {
	case a.Name == "" || table[a.Name] != nil:
		return fmt.Errorf("action: %q: no name, or a second row", a.Name)
	case !authz.Known(a.Least) || len(a.Scope) == 0:
		return fmt.Errorf("action: %s: no role or no scope", a.Name)
	}
	for _, sc := range a.Scope {
		if !sc.fits(a.newReq()) {
			return fmt.Errorf("action: %s: its request names nothing of the scope %q", a.Name, sc.Name)
		}
	}
	for _, rt := range a.Routes {
		for _, w := range Wildcards(rt) {
			if !a.fields[w] {
				return fmt.Errorf("action: %s: the route %q names {%s}, no field of its request", a.Name, rt, w)
			}
		}
	}
	return nil
}

// Wildcards are the names of a route's path wildcards.
func Wildcards(pattern string) []string {
	var out []string
	for _, m := range wildcard.FindAllStringSubmatch(pattern, -1) {
		out = append(out, m[1])
	}
	return out
}

// All returns every action, by name.
func All() []*Action {
	return slices.SortedFunc(maps.Values(table), func(a, b *Action) int { return cmp.Compare(a.Name, b.Name) })
}

// Lookup returns the action of a name.
func Lookup(name string) (*Action, bool) {
	a, ok := table[name]
	return a, ok
}

// Do checks c's role and the request's scope, then runs the action.
func (a *Action) Do(d *Deps, c queue.Clerk, req any) (Outcome, error) {
	if !authz.May(c, a.Least) {
		return Outcome{}, authz.ErrNoRight
	}
	for _, sc := range a.Scope {
		if err := sc.check(d, c, req); err != nil {
			return Outcome{}, err
		}
	}
	return a.run(d, c, req)
}
