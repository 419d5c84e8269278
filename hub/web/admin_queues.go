package web

import (
	"cmp"
	"vuoro/hub/queue"
	"vuoro/hub/web/action"
	"vuoro/hub/web/authz"
)

// adminPages are the admin's pages: queue settings, users, the site's
// parameters and its catalogue of agencies, services and rooms.
type adminPages struct{ *deps }

// queuesData is the admin's page of queue settings.
type queuesData struct {
	view
	Queues     []option // the queues the admin sets up
	Service    string
	Name       string
	Settings   queue.Settings
	BoostMin   int
	AlertMin   int // the longest wait that raises an alert, in minutes; 0: none
	TargetMin  int // the target wait of the reports
	EarlyMin   int // the check-in window of appointments
	LateMin    int
	Policy     string
	Days       []dayHours
	Exceptions string
}

type dayHours struct {
	Key, Label, Spans string
}

func (s adminPages) queuesPage(v view) (any, []uint64) {
	d := queuesData{view: v, Service: v.t.q.Get("service")}
	s.eng.Read(func(st *queue.State) {
		m := rowMaker{st: st, lang: v.Lang}
		for _, sv := range authz.Configurable(st, v.c) {
			if d.Service == "" {
				d.Service = sv.ID
			}
			d.Queues = append(d.Queues, option{ID: sv.ID, Name: m.serviceName(sv.ID), Selected: sv.ID == d.Service})
		}
		sv, _ := st.Service(d.Service)
		d.Name, d.Settings = m.serviceName(sv.ID), sv.Settings
	})
	d.BoostMin = int(d.Settings.Rule.Boost.Minutes())
	d.AlertMin = int(d.Settings.AlertWait.Minutes())
	d.TargetMin = cmp.Or(d.Settings.TargetWait, queue.DefaultTargetWait)
	w := d.Settings.CheckIn.Or()
	d.EarlyMin, d.LateMin, d.Policy = int(w.Early.Minutes()), int(w.Late.Minutes()), string(w.Policy)
	for _, wd := range action.Weekdays {
		d.Days = append(d.Days, dayHours{Key: wd.Key, Label: v.T("day." + wd.Key), Spans: action.FormatSpans(d.Settings.Hours.Weekly[wd.Day])})
	}
	d.Exceptions = action.FormatExceptions(d.Settings.Hours.Exceptions)
	return d, nil
}
