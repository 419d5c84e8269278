package queue

import (
	"fmt"
	"maps"
	"unicode/utf8"
)

// SiteParams are the system parameters an admin sets for the site.
type SiteParams struct {
	NoShowAfter int               `json:"no_show_after"` // recalls before a no-show may be marked, 1–9
	Wayfinding  map[string]string `json:"wayfinding"`    // by language: "fi", "sv", "en"
	// RetentionDays is how many days personal data of visits and
	// appointments is kept, 1–3650; 0 keeps the site's period as it is.
	RetentionDays int `json:"retention_days,omitempty"`
	// DayEnd is the local time the day's open visits expire, "20:00";
	// "00:00" is midnight; "" keeps the site's as it is.
	DayEnd string `json:"day_end,omitempty"`
	// NumberOnlyCheckin lets kiosks with no working printer show the
	// number on screen instead (Site.NumberOnlyCheckin); nil keeps it.
	NumberOnlyCheckin *bool `json:"number_only_checkin,omitempty"`
}

// maxRetentionDays is the longest retention period a site may set: ten years.
const maxRetentionDays = 3650

// maxWayfinding is the longest wayfinding text a kiosk shows, in characters.
const maxWayfinding = 300

func (p SiteParams) validate() error {
	if p.NoShowAfter < 1 || p.NoShowAfter > 9 {
		return fmt.Errorf("%w: no-show after %d recalls, want 1-9", ErrInvalid, p.NoShowAfter)
	}
	if p.DayEnd != "" && !clockRe.MatchString(p.DayEnd) {
		return fmt.Errorf("%w: day end %q is not a time 00:00-24:00", ErrInvalid, p.DayEnd)
	}
	if p.RetentionDays < 0 || p.RetentionDays > maxRetentionDays {
		return fmt.Errorf("%w: personal data kept %d days, want 1-%d", ErrInvalid, p.RetentionDays, maxRetentionDays)
	}
	for lang, text := range p.Wayfinding {
		if lang != "fi" && lang != "sv" && lang != "en" {
			return fmt.Errorf("%w: wayfinding language %q", ErrInvalid, lang)
		}
		if utf8.RuneCountInString(text) > maxWayfinding {
			return fmt.Errorf("%w: wayfinding text over %d characters", ErrInvalid, maxWayfinding)
		}
	}
	return nil
}

// SetSiteParams sets the site's no-show rule, wayfinding texts and, unless
// p leaves them empty, the retention period of personal data, the day's
// end and number-only check-in, keeping the rest of the site as it is.
func (e *Engine) SetSiteParams(actor string, p SiteParams) error {
	if err := p.validate(); err != nil {
		return err
	}
	return e.do(func(s *State) error {
		v := s.Site
		if v.ID == "" {
			return fmt.Errorf("%w: the site is not set up", ErrNotFound)
		}
		v.NoShowAfter, v.Wayfinding = p.NoShowAfter, maps.Clone(p.Wayfinding)
		if p.RetentionDays != 0 {
			v.RetentionDays = p.RetentionDays
		}
		if p.DayEnd != "" {
			v.DayEnd = p.DayEnd
		}
		if p.NumberOnlyCheckin != nil {
			v.NumberOnlyCheckin = *p.NumberOnlyCheckin
		}
		_, err := e.commit(actor, SiteSet{v})
		return err
	})
}

// NoShowAfter is the number of recalls after which a called visit may be
// marked a no-show.
func (s *State) NoShowAfter() int { return s.Site.noShowAfter() }
