package web

import (
	"cmp"
	"net/url"
	"slices"
	"strings"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
	"vuoro/hub/web/authz"
)

// pointsData is the service points' search ("Varaustilanne"): the
// criteria, the lists they offer, and the points found.
type pointsData struct {
	view
	Q        queue.PointQuery
	Floor    string
	Attrs    map[string]bool
	Areas    []string
	Floors   []int
	Groups   []string
	Agencies []option // who the user books for
	Found    []pointOut
	Bad      bool              // the search was malformed
	DayText  string            // "24.11.2026"
	names    map[string]string // every agency's name in the reader's language
	Show     string            // the point whose day's bookings are shown
	Book     string            // the point whose booking form is open
}

// pointAttributes are the attributes the search offers as checkboxes,
// with their catalogue keys.
var pointAttributes = []struct{ ID, Key string }{{"step-free", "attr.step-free"}, {"display", "attr.display"}}

func (s queueView) pointsPage(v view) (any, []uint64) {
	d := pointsData{view: v, Floor: v.t.q.Get("floor"), Attrs: map[string]bool{}, Show: v.t.q.Get("show"), Book: v.t.q.Get("book")}
	s.eng.Read(func(st *queue.State) {
		d.Q = pointQueryOf(v.t.q, st.Today(s.opts.Now()))
		d.Areas, d.Floors, d.Groups = st.PointChoices()
		var err error
		d.Found, err = pointsOf(st, v.c, d.Q, v.Lang)
		d.Bad = err != nil
		d.names = map[string]string{}
		for _, a := range st.Agencies {
			d.names[a.ID] = nameIn(a.Names, v.Lang, a.ID)
			if authz.SiteWide(v.c) || slices.Contains(v.c.Agencies, a.ID) {
				d.Agencies = append(d.Agencies, option{ID: a.ID, Name: nameIn(a.Names, v.Lang, a.ID)})
			}
		}
	})
	for _, a := range d.Q.Attributes {
		d.Attrs[a] = true
	}
	day, _ := time.Parse(time.DateOnly, d.Q.Day)
	d.DayText = day.Format("2.1.2006")
	return d, nil
}

// pointPair hands a template a point found together with the page.
type pointPair struct {
	D pointsData
	P pointOut
}

// Link is this search's address with one more parameter: show or book a
// point.
func (d pointsData) Link(what, point string) string {
	q := url.Values{}
	for k, v := range d.t.q {
		if k != "show" && k != "book" {
			q[k] = v
		}
	}
	q.Set(what, point)
	return "/console/points?" + q.Encode()
}

// AttrChoices are the attributes the search offers, checked as asked.
func (d pointsData) AttrChoices() []option {
	out := make([]option, len(pointAttributes))
	for i, a := range pointAttributes {
		out[i] = option{ID: a.ID, Name: d.T(a.Key), Selected: d.Attrs[a.ID]}
	}
	return out
}

// AttrNames says a point's attributes in the reader's language:
// "Esteetön pääsy, Näyttö".
func (d pointsData) AttrNames(attrs []string) string {
	out := make([]string, len(attrs))
	for i, a := range attrs {
		out[i] = a
		for _, known := range pointAttributes {
			if known.ID == a {
				out[i] = d.T(known.Key)
			}
		}
	}
	return strings.Join(out, ", ")
}

// AgencyName names an agency in the reader's language.
func (d pointsData) AgencyName(id string) string { return cmp.Or(d.names[id], id) }

// Weekdays are the booking form's weekday choices, Monday first.
func (d pointsData) Weekdays() []option {
	out := make([]option, len(action.Weekdays))
	for i, w := range action.Weekdays {
		out[i] = option{ID: w.Key, Name: d.T("day." + w.Key)}
	}
	return out
}

// DefaultFrom and DefaultTo are the booking form's times: the search's,
// or the working day's.
func (d pointsData) DefaultFrom() string { return cmp.Or(d.Q.From, "08:00") }
func (d pointsData) DefaultTo() string   { return cmp.Or(d.Q.To, "16:15") }
