package web

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"vuoro/hub/queue"
)

var errRoomID = fmt.Errorf("%w: a room id of 1-40 characters a-z 0-9 - _", queue.ErrInvalid)

// addRoom adds a service point.
func (s *Server) addRoom(c queue.Clerk, in input) (outcome, error) {
	r, err := roomInput(in)
	if err != nil {
		return outcome{}, err
	}
	if err := s.eng.AddRoom(actor(c), r); err != nil {
		return outcome{}, err
	}
	return outcome{Value: r, Note: say("done.room_added", r.ID)}, nil
}

// setSite sets the site's no-show rule, wayfinding texts, retention
// period of personal data and the day's end.
func (s *Server) setSite(c queue.Clerk, in input) (outcome, error) {
	p := queue.SiteParams{NoShowAfter: in.NoShowAfter, Wayfinding: map[string]string{}, RetentionDays: in.Retention,
		DayEnd: strings.TrimSpace(in.DayEnd)}
	for lang, text := range in.Wayfinding {
		if text = strings.TrimSpace(text); text != "" {
			p.Wayfinding[lang] = text
		}
	}
	if err := s.eng.SetSiteParams(actor(c), p); err != nil {
		return outcome{}, err
	}
	s.eng.Read(func(st *queue.State) { p.RetentionDays, p.DayEnd = st.RetentionDays(), cmp.Or(st.Site.DayEnd, "00:00") })
	return outcome{Value: p, Note: say("done.site")}, nil
}

// configured is the answer to configure: the settings, and the multi-day
// choice when one was made.
type configured struct {
	queue.Settings
	MultiDay *bool `json:"multi_day,omitempty"`
}

// configure sets a queue's daily cap, priority rule and opening hours, and
// through the JSON API whether it runs over several days.
func (s *Server) configure(c queue.Clerk, in input) (outcome, error) {
	var ok bool
	s.eng.Read(func(st *queue.State) {
		ok = slices.ContainsFunc(configurable(st, c), func(v queue.Service) bool { return v.ID == in.Service })
	})
	if !ok {
		return outcome{}, errNotYours
	}
	hours, err := parseHours(in.Hours, in.Exceptions)
	if err != nil {
		return outcome{}, err
	}
	st := queue.Settings{DailyCap: in.DailyCap, Hours: hours,
		Rule: queue.Rule{Interleave: in.Interleave, Boost: time.Duration(in.BoostMin) * time.Minute}}
	if err := s.eng.ConfigureService(actor(c), in.Service, st, in.MultiDay); err != nil {
		return outcome{}, err
	}
	return outcome{Value: configured{st, in.MultiDay}, Note: say("done.configured")}, nil
}
