package web

import (
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
	"vuoro/hub/web/authz"
)

// oversightEvery is how often an open oversight page is measured again
// with no event: a wait grows, and passes its queue's alert threshold,
// with nobody doing anything.
const oversightEvery = 2 * time.Second

// oversightData is the advisors' and admins' live view of the site: every
// queue of theirs, the service points in use by their clerks, the open
// help requests and the device alerts.
type oversightData struct {
	view
	Queues       []queueWatch
	Points       []roomWatch
	Over         int // queues whose longest wait is over their threshold
	Alerts       []action.Alert
	DeviceAlerts []action.DeviceAlert
	Clock        string // when it was measured, "10:14"
}

// queueWatch is one queue as the oversight view shows it.
type queueWatch struct {
	ID, Name  string
	Waiting   int
	Longest   int // minutes the longest-waiting visit has waited
	Serving   int // visits called in or being served
	Working   int // clerks working on the queue (staffing)
	OnBreak   int // clerks of the queue's agency on a break (staffing)
	Paused    bool
	Threshold int  // minutes of longest wait that raise an alert; 0: none
	Over      bool // Longest is over Threshold
}

func (s queueView) oversightPage(v view) (any, []uint64) {
	d := oversightData{view: v}
	now := s.opts.Now()
	s.eng.Read(func(st *queue.State) {
		pts := points(st)
		for _, sv := range authz.Services(st, v.c) {
			w := watch(st, sv, now)
			w.Name = nameIn(sv.Names, v.Lang, sv.ID)
			w.Working, w.OnBreak = staffing(st, sv, pts)
			if w.Over {
				d.Over++
			}
			d.Queues = append(d.Queues, w)
		}
		for _, p := range pts {
			if p.seenBy(st, v.c) {
				d.Points = append(d.Points, watchRoom(st, p, now))
			}
		}
		d.Alerts = action.Alerts(st)
		d.DeviceAlerts = action.DeviceAlerts(st, v.c)
		d.Clock = now.In(st.Location()).Format("15:04")
	})
	return d, nil
}

// watch measures a queue at now.
func watch(st *queue.State, sv queue.Service, now time.Time) queueWatch {
	w := queueWatch{ID: sv.ID, Paused: sv.Paused, Threshold: int(sv.Settings.AlertWait.Minutes())}
	var longest time.Duration
	for _, t := range st.Waiting(sv.ID) {
		longest = max(longest, now.Sub(t.Issued))
		w.Waiting++
	}
	w.Serving, w.Longest = len(st.Serving(sv.ID)), int(longest.Minutes())
	w.Over = sv.Settings.AlertWait > 0 && longest > sv.Settings.AlertWait
	return w
}
