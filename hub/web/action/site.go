package action

import (
	"cmp"
	"strings"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// siteReq sets the site's no-show rule, wayfinding texts, retention
// period of personal data, the day's end and number-only check-in; left
// out, each stays.
type siteReq struct {
	NoShowAfter int               `json:"no_show_after"`
	Wayfinding  map[string]string `json:"wayfinding"`
	Retention   int               `json:"retention_days"`
	DayEnd      string            `json:"day_end"` // "20:00"
	// NumberOnly lets kiosks with no working printer show the number on
	// screen; left out, it stays.
	NumberOnly *bool `json:"number_only_checkin"`
}

var _ = define(Action{Name: "site", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
	Routes: []string{"PUT /api/v1/site"}},
	func(d *Deps, c queue.Clerk, r *siteReq) (Outcome, error) {
		p := queue.SiteParams{NoShowAfter: r.NoShowAfter, Wayfinding: map[string]string{}, RetentionDays: r.Retention,
			DayEnd: strings.TrimSpace(r.DayEnd), NumberOnlyCheckin: r.NumberOnly}
		for lang, text := range r.Wayfinding {
			if text = strings.TrimSpace(text); text != "" {
				p.Wayfinding[lang] = text
			}
		}
		if err := d.Eng.SetSiteParams(authz.Actor(c), p); err != nil {
			return Outcome{}, err
		}
		d.Eng.Read(func(st *queue.State) {
			p.RetentionDays, p.DayEnd = st.RetentionDays(), cmp.Or(st.Site.DayEnd, "00:00")
			p.NumberOnlyCheckin = &st.Site.NumberOnlyCheckin
		})
		return Outcome{Value: p, Note: Say("done.site")}, nil
	})
