package action

import (
	"cmp"
	"strings"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// siteReq sets the site's no-show rule, wayfinding texts, retention
// period of personal data and the day's end; left out, each stays.
type siteReq struct {
	NoShowAfter int               `json:"no_show_after"`
	Wayfinding  map[string]string `json:"wayfinding"`
	Retention   int               `json:"retention_days"`
	DayEnd      string            `json:"day_end"` // "20:00"
}

var _ = define(Action{Name: "site", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
	Routes: []string{"PUT /api/v1/site"}},
	func(d *Deps, c queue.Clerk, r *siteReq) (Outcome, error) {
		p := queue.SiteParams{NoShowAfter: r.NoShowAfter, Wayfinding: map[string]string{}, RetentionDays: r.Retention,
			DayEnd: strings.TrimSpace(r.DayEnd)}
		for lang, text := range r.Wayfinding {
			if text = strings.TrimSpace(text); text != "" {
				p.Wayfinding[lang] = text
			}
		}
		if err := d.Eng.SetSiteParams(authz.Actor(c), p); err != nil {
			return Outcome{}, err
		}
		d.Eng.Read(func(st *queue.State) { p.RetentionDays, p.DayEnd = st.RetentionDays(), cmp.Or(st.Site.DayEnd, "00:00") })
		return Outcome{Value: p, Note: Say("done.site")}, nil
	})
