package web

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
	"vuoro/hub/web/authz"
	"vuoro/shared/i18n"
)

// pointQueryOf reads a search of service points from a page's or the
// API's query: day, from, to, name, area, floor, group, min, max and attr
// (repeated, or separated by commas). No day is today.
func pointQueryOf(q url.Values, today string) queue.PointQuery {
	pq := queue.PointQuery{Day: dayOf(q.Get("day"), today), From: q.Get("from"), To: q.Get("to"), Name: q.Get("name"),
		Area: q.Get("area"), Group: q.Get("group")}
	if f, err := strconv.Atoi(q.Get("floor")); err == nil {
		pq.Floor = &f
	}
	pq.MinPersons, _ = strconv.Atoi(q.Get("min"))
	pq.MaxPersons, _ = strconv.Atoi(q.Get("max"))
	for _, a := range q["attr"] {
		for part := range strings.SplitSeq(a, ",") {
			if part = strings.TrimSpace(part); part != "" {
				pq.Attributes = append(pq.Attributes, part)
			}
		}
	}
	return pq
}

// pointOut is a service point found, as the API and the search page show
// it: its availability as a sentence in the reader's language, and as
// data.
type pointOut struct {
	queue.Room
	Availability string        `json:"availability"`
	State        string        `json:"state"` // free, partly or reserved
	Free         []clockSpan   `json:"free"`
	Bookings     []bookingLine `json:"bookings"` // the day's: SHOW
}

// clockSpan is an interval in site time, "08:00" to "16:15".
type clockSpan struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// bookingLine is one occurrence of a booking on the day.
type bookingLine struct {
	ID      uint64 `json:"booking"`
	Agency  string `json:"agency"`
	Name    string `json:"name"`
	Persons int    `json:"persons"`
	From    string `json:"from"`
	To      string `json:"to"`
	Series  bool   `json:"series"` // it has other days
	Cancel  bool   `json:"-"`      // the reader may cancel it
}

// pointsOf searches the points and says each one's day in lang.
func pointsOf(st *queue.State, c queue.Clerk, q queue.PointQuery, lang i18n.Lang) ([]pointOut, error) {
	found, err := st.SearchPoints(q)
	out := make([]pointOut, 0, len(found))
	loc := st.Location()
	for _, p := range found {
		o := pointOut{Room: p.Room, Availability: p.Availability.Words(string(lang)), State: p.Availability.State, Free: []clockSpan{},
			Bookings: []bookingLine{}}
		for _, f := range p.Availability.Free {
			o.Free = append(o.Free, clockSpan{action.Clock(f.From, loc), action.Clock(f.To, loc)})
		}
		for _, b := range p.Availability.Bookings {
			o.Bookings = append(o.Bookings, bookingLine{ID: b.ID, Agency: b.Agency, Name: b.Name, Persons: b.Persons,
				From: action.Clock(b.From, loc), To: action.Clock(b.To, loc), Series: len(b.Times) > 1,
				Cancel: mayCancel(c, b.Agency)})
		}
		out = append(out, o)
	}
	return out, err
}

func mayCancel(c queue.Clerk, agency string) bool {
	return authz.SiteWide(c) || slices.Contains(c.Agencies, agency)
}

// points answers GET /api/v1/points: the points found, each with its
// availability in the first language of Accept-Language, English if it
// names none of FI, SV and EN.
func (s apiReads) points(w http.ResponseWriter, r *http.Request, _ session, c queue.Clerk) {
	lang := i18n.EN
	for part := range strings.SplitSeq(r.Header.Get("Accept-Language"), ",") {
		if l, ok := i18n.Parse(strings.ToLower(strings.TrimSpace(part) + "  ")[:2]); ok {
			lang = l
			break
		}
	}
	var out []pointOut
	var err error
	s.eng.Read(func(st *queue.State) {
		out, err = pointsOf(st, c, pointQueryOf(r.URL.Query(), st.Today(s.opts.Now())), lang)
	})
	if err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{"malformed search: a day like 2026-11-24, and from and to like 13:00 both or neither"})
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// reservedNow says whose the user's room is now: booked for their agency,
// for another, or not booked.
func reservedNow(st *queue.State, c queue.Clerk, room string, now time.Time, lang i18n.Lang) string {
	o, ok := st.ReservedFor(room, now)
	switch {
	case room == "":
		return ""
	case !ok:
		return tr(lang, "points.room_free_now")
	case slices.Contains(c.Agencies, o.Agency):
		return tr(lang, "points.room_yours_now", action.Clock(o.To, st.Location()))
	}
	a := queue.Agency{ID: o.Agency}
	if i := slices.IndexFunc(st.Agencies, func(v queue.Agency) bool { return v.ID == o.Agency }); i >= 0 {
		a = st.Agencies[i]
	}
	return tr(lang, "points.room_other_now", nameIn(a.Names, lang, a.ID), action.Clock(o.To, st.Location()))
}
