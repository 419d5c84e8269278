package action

import (
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// configureReq sets a queue's daily cap, priority rule and opening hours,
// and through the JSON API whether it runs over several days.
type configureReq struct {
	queueRef
	DailyCap   int               `json:"daily_cap"`
	Interleave int               `json:"interleave"`
	BoostMin   int               `json:"boost_minutes"`
	Hours      map[string]string `json:"hours"`      // by weekday, "mon": "08:00-11:30, 12:30-16:15"
	Exceptions []string          `json:"exceptions"` // "2026-12-24" (closed) or "2026-12-31 08:00-12:00"
	MultiDay   *bool             `json:"multi_day"`  // nil: not told, the queue keeps its choice
	// The appointments' check-in window, in minutes before and after, and
	// the late policy ("refuse" or "walk-in"); each nil: kept as it is.
	Early  *int    `json:"checkin_early_minutes"`
	Late   *int    `json:"checkin_late_minutes"`
	Policy *string `json:"late_policy"`
	// AlertMin raises an alert on the oversight screen while the queue's
	// longest wait is over it, in minutes (0: none); nil: kept as it is.
	AlertMin *int `json:"alert_wait_minutes"`
	// TargetWait is the wait in minutes the queue aims to call within,
	// the reports' share within target; nil: kept as it is.
	TargetWait *int `json:"target_wait_minutes"`
}

// alertWait is the alert threshold r asks for, or the queue's own.
func (r *configureReq) alertWait(d *Deps) time.Duration {
	if r.AlertMin != nil {
		return time.Duration(*r.AlertMin) * time.Minute
	}
	var w time.Duration
	d.Eng.Read(func(st *queue.State) {
		sv, _ := st.Service(r.Service)
		w = sv.Settings.AlertWait
	})
	return w
}

// target is the target wait r asks for, or the queue's current one.
func (r *configureReq) target(d *Deps) int {
	if r.TargetWait != nil {
		return *r.TargetWait
	}
	var t int
	d.Eng.Read(func(st *queue.State) {
		sv, _ := st.Service(r.Service)
		t = sv.Settings.TargetWait
	})
	return t
}

// window is the check-in window r asks for: what it tells, the queue's
// current window for the rest.
func (r *configureReq) window(d *Deps) queue.Window {
	var w queue.Window
	d.Eng.Read(func(st *queue.State) { w = st.CheckInWindow(r.Service) })
	if r.Early != nil {
		w.Early = time.Duration(*r.Early) * time.Minute
	}
	if r.Late != nil {
		w.Late = time.Duration(*r.Late) * time.Minute
	}
	if r.Policy != nil {
		w.Policy = queue.LatePolicy(*r.Policy)
	}
	return w
}

// configured is the answer to configure: the settings, and the multi-day
// choice when one was made.
type configured struct {
	queue.Settings
	MultiDay *bool `json:"multi_day,omitempty"`
}

var _ = define(Action{Name: "configure", Least: queue.RoleAdmin, Scope: []Scope{ConfiguredQueue},
	Routes: []string{"PUT /api/v1/queues/{service}/settings"}},
	func(d *Deps, c queue.Clerk, r *configureReq) (Outcome, error) {
		hours, err := parseHours(r.Hours, r.Exceptions)
		if err != nil {
			return Outcome{}, err
		}
		st := queue.Settings{DailyCap: r.DailyCap, Hours: hours, CheckIn: r.window(d), AlertWait: r.alertWait(d), TargetWait: r.target(d),
			Rule: queue.Rule{Interleave: r.Interleave, Boost: time.Duration(r.BoostMin) * time.Minute}}
		if err := d.Eng.ConfigureService(authz.Actor(c), r.Service, st, r.MultiDay); err != nil {
			return Outcome{}, err
		}
		return Outcome{Value: configured{st, r.MultiDay}, Note: Say("done.configured")}, nil
	})
