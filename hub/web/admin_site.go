package web

import (
	"cmp"

	"vuoro/hub/queue"
	"vuoro/shared/i18n"
)

// siteData is the admin's page of the site's system parameters.
type siteData struct {
	view
	Site        queue.Site
	NoShowAfter int
	Wayfinding  []option // by language: ID the code, Name the text
	Retention   int      // days personal data is kept
	DayEnd      string   // when the day's open visits expire, "00:00" midnight
}

func (s adminPages) sitePage(v view) (any, []uint64) {
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
