package sitefile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"vuoro/hub/queue"
)

// Actor is how the event log names the changes a site file makes.
const Actor = "sitefile"

// Change is one difference between a site file and the engine's state,
// and the engine command that removes it.
type Change struct {
	Op   string // "add", "update", "remove"
	What string // "site", "agency", "service", "settings", "room"
	ID   string
	run  func(e *queue.Engine, actor string) error
}

func (c Change) String() string { return c.Op + " " + c.What + " " + c.ID }

// Diff lists the changes that bring st to the file, in an order the engine
// accepts them: removals of services before the letters they free are
// reused, agencies before their services. It refuses a file the data
// cannot follow now (ErrRefused), naming every obstacle.
func Diff(f *File, st *queue.State, now time.Time) ([]Change, error) {
	if st.Site.ID != "" && st.Site.ID != f.Site.ID {
		return nil, fmt.Errorf("%w: %s: site.id is %q but the data file is of site %q; is this the right file?",
			ErrRefused, f.Name, f.Site.ID, st.Site.ID)
	}
	d := differ{f: f, st: st, now: now}
	d.site()
	d.agencies()
	d.rooms()
	d.services()
	d.removeAgencies()
	if len(d.refusals) > 0 {
		return nil, fmt.Errorf("%w: %s cannot be applied: %s", ErrRefused, f.Name, strings.Join(d.refusals, "; "))
	}
	return d.out, nil
}

// Apply brings e to the file, committing each change as actor, and
// returns what it changed.
func Apply(e *queue.Engine, f *File, actor string, now time.Time) ([]Change, error) {
	var changes []Change
	var err error
	e.Read(func(st *queue.State) { changes, err = Diff(f, st, now) })
	if err != nil {
		return nil, err
	}
	for i, c := range changes {
		if err := c.run(e, actor); err != nil {
			return changes[:i], fmt.Errorf("sitefile: %s: %s: %w", f.Name, c, err)
		}
	}
	return changes, nil
}

type differ struct {
	f        *File
	st       *queue.State
	now      time.Time
	out      []Change
	refusals []string
}

func (d *differ) add(op, what, id string, run func(e *queue.Engine, actor string) error) {
	d.out = append(d.out, Change{Op: op, What: what, ID: id, run: run})
}

func (d *differ) site() {
	v := d.f.site(d.st.Site)
	if !same(v, d.st.Site) {
		d.add("update", "site", v.ID, func(e *queue.Engine, a string) error { return e.SetSite(a, v) })
	}
}

func (d *differ) agencies() {
	for _, def := range d.f.Agencies {
		v := def.agency()
		i := slices.IndexFunc(d.st.Agencies, func(a queue.Agency) bool { return a.ID == v.ID })
		switch {
		case i < 0:
			d.add("add", "agency", v.ID, func(e *queue.Engine, a string) error { return e.AddAgency(a, v) })
		case !same(v, d.st.Agencies[i]):
			d.add("update", "agency", v.ID, func(e *queue.Engine, a string) error { return e.UpdateAgency(a, v) })
		}
	}
}

func (d *differ) removeAgencies() {
	for _, a := range d.st.Agencies {
		if !slices.ContainsFunc(d.f.Agencies, func(def AgencyDef) bool { return def.ID == a.ID }) {
			d.add("remove", "agency", a.ID, func(e *queue.Engine, actor string) error { return e.RemoveAgency(actor, a.ID) })
		}
	}
}

// same reports whether two values are the same as the event log keeps
// them: nil and empty, absent and zero alike.
func same(a, b any) bool {
	x, errX := json.Marshal(a)
	y, errY := json.Marshal(b)
	return errX == nil && errY == nil && bytes.Equal(x, y)
}
