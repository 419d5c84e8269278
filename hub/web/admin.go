package web

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"vuoro/hub/queue"
	"vuoro/shared/i18n"
)

// queuesData is the admin's page of queue settings.
type queuesData struct {
	view
	Queues     []option // the queues the admin sets up
	Service    string
	Name       string
	Settings   queue.Settings
	BoostMin   int
	Days       []dayHours
	Exceptions string
}

type dayHours struct {
	Key, Label, Spans string
}

func (s *Server) queuesPage(v view) (any, []uint64) {
	d := queuesData{view: v, Service: v.t.q.Get("service")}
	s.eng.Read(func(st *queue.State) {
		m := rowMaker{st: st, lang: v.Lang}
		for _, sv := range configurable(st, v.c) {
			if d.Service == "" {
				d.Service = sv.ID
			}
			d.Queues = append(d.Queues, option{ID: sv.ID, Name: m.serviceName(sv.ID), Selected: sv.ID == d.Service})
		}
		sv, _ := st.Service(d.Service)
		d.Name, d.Settings = m.serviceName(sv.ID), sv.Settings
	})
	d.BoostMin = int(d.Settings.Rule.Boost.Minutes())
	for _, wd := range weekdays {
		d.Days = append(d.Days, dayHours{Key: wd.Key, Label: v.T("day." + wd.Key), Spans: formatSpans(d.Settings.Hours.Weekly[wd.Day])})
	}
	d.Exceptions = formatExceptions(d.Settings.Hours.Exceptions)
	return d, nil
}

// usersData is the admin's page of console users: the users they are
// shown, and the roles and grants they may give.
type usersData struct {
	view
	Users     []userRow
	Agencies  []option
	Roles     []option
	AllQueues bool // may give the all-queues grant
}

type userRow struct {
	queue.Clerk
	Self     bool
	Manage   bool // the admin may disable the user and set their password
	Agencies string
}

func (s *Server) usersPage(v view) (any, []uint64) {
	d := usersData{view: v, AllQueues: v.c.Role == queue.RoleSiteAdmin}
	s.eng.Read(func(st *queue.State) {
		roles, agencies := grantable(st, v.c)
		for _, r := range roles {
			d.Roles = append(d.Roles, option{ID: string(r), Name: v.T("role." + string(r))})
		}
		for _, a := range agencies {
			d.Agencies = append(d.Agencies, option{ID: a.ID, Name: nameIn(a.Names, v.Lang, a.ID)})
		}
		for _, c := range usersSeen(st, v.c) {
			d.Users = append(d.Users, userRow{Clerk: c, Self: c.Login == v.c.Login, Manage: manages(v.c, c),
				Agencies: agencyNames(st, c, v.Lang)})
		}
	})
	return d, nil
}

// usersSeen are the users admin c is shown, by login.
func usersSeen(st *queue.State, c queue.Clerk) []queue.Clerk {
	out := slices.SortedFunc(maps.Values(st.Clerks), byLogin)
	return slices.DeleteFunc(out, func(u queue.Clerk) bool { return !seesUser(c, u) })
}

func byLogin(a, b queue.Clerk) int { return cmp.Compare(a.Login, b.Login) }

// agencyNames names a user's agencies, and their all-queues grant.
func agencyNames(st *queue.State, c queue.Clerk, lang i18n.Lang) string {
	var out []string
	for _, a := range st.Agencies {
		if slices.Contains(c.Agencies, a.ID) {
			out = append(out, nameIn(a.Names, lang, a.ID))
		}
	}
	if c.AllQueues {
		out = append(out, tr(lang, "users.all_queues"))
	}
	return strings.Join(out, ", ")
}

// siteData is the admin's page of the site's system parameters.
type siteData struct {
	view
	Site        queue.Site
	NoShowAfter int
	Wayfinding  []option // by language: ID the code, Name the text
	Retention   int      // days personal data is kept
	DayEnd      string   // when the day's open visits expire, "00:00" midnight
}

func (s *Server) sitePage(v view) (any, []uint64) {
	d := siteData{view: v}
	s.eng.Read(func(st *queue.State) {
		d.Site, d.NoShowAfter, d.Retention = st.Site, st.NoShowAfter(), st.RetentionDays()
		d.DayEnd = cmp.Or(st.Site.DayEnd, "00:00")
	})
	for _, l := range i18n.Langs {
		d.Wayfinding = append(d.Wayfinding, option{ID: string(l), Name: d.Site.Wayfinding[string(l)]})
	}
	return d, nil
}
