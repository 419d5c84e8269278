package web

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"time"

	"vuoro/hub/ical"
	"vuoro/hub/queue"
)

// feedHistory is how far back a calendar feed reaches.
const feedHistory = 30 * 24 * time.Hour

// icsFeed serves the calendar feed behind a secret token (GET
// /ics/{token}.ics), with no login: Outlook and Thunderbird subscribe to
// the URL. A clerk's own feed names the citizens and is logged as a view
// of personal data; a service point's names none. No feed ever holds a
// personal identity code.
func (s *deps) icsFeed(w http.ResponseWriter, r *http.Request) {
	token := strings.TrimSuffix(r.PathValue("token"), ".ics")
	var cal ical.Calendar
	var f queue.Feed
	var ok bool
	s.eng.Read(func(st *queue.State) {
		if f, ok = st.FeedOf(token); ok {
			cal = feedCalendar(st, f, s.opts.Now())
		}
	})
	if !ok {
		http.NotFound(w, r)
		return
	}
	if f.Type == queue.FeedClerk {
		if err := s.eng.RecordAccess("clerk:"+f.Of, 0, fmt.Sprintf("ics-feed %d", f.ID)); err != nil {
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
	}
	var b bytes.Buffer
	if err := ical.Encode(&b, cal); err != nil {
		http.Error(w, "unavailable", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/calendar; charset=utf-8")
	w.Header().Set("Cache-Control", "private, no-store")
	w.Write(b.Bytes())
}

// feedCalendar is what feed f shows at now.
func feedCalendar(st *queue.State, f queue.Feed, now time.Time) ical.Calendar {
	m := rowMaker{st: st, lang: "fi", now: now}
	cal := ical.Calendar{Name: "Vuoro " + f.Of, Stamp: now}
	if r, ok := st.Room(f.Of); ok && f.Type == queue.FeedRoom {
		cal.Name = "Vuoro " + r.Name
	}
	for _, a := range st.FeedAppointments(f, now.Add(-feedHistory)) {
		e := ical.Event{UID: a.UID, Start: a.At, Minutes: a.Minutes, Service: a.Service, Summary: m.serviceName(a.Service)}
		if e.UID == "" {
			e.UID = fmt.Sprintf("appointment-%d@%s.vuoro", a.ID, st.Site.ID)
		}
		if f.Type == queue.FeedClerk && a.Person.Name != "" { // the reader is the clerk whose appointment it is
			e.Summary = a.Person.Name
		}
		if r, ok := st.Room(a.Room); ok {
			e.Location = r.Name
		}
		cal.Events = append(cal.Events, e)
	}
	return cal
}
