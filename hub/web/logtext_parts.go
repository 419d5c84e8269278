package web

import (
	"fmt"
	"strconv"
	"strings"

	"vuoro/hub/queue"
	"vuoro/shared/i18n"
)

// site tells the site's settings as an event set them.
func (s *sentence) site(v queue.Site) {
	s.field("logf.sitename", v.Name)
	s.field("logf.timezone", v.TimeZone)
	s.field("logf.noshow", v.NoShowAfter)
	s.field("logf.retention", v.RetentionDays)
	s.field("logf.dayend", v.DayEnd)
	s.field("logf.numberonly", s.yesNo(v.NumberOnlyCheckin))
	for _, l := range i18n.Langs {
		s.field("logf.wayfinding."+string(l), v.Wayfinding[string(l)])
	}
}

// settings tells a queue's settings as an event set them.
func (s *sentence) settings(v queue.Settings) {
	s.field("logf.dailycap", v.DailyCap)
	s.field("logf.interleave", v.Rule.Interleave)
	s.field("logf.boost", minutes(v.Rule.Boost.Minutes()))
	s.field("logf.alertwait", minutes(v.AlertWait.Minutes()))
	s.field("logf.hours", hoursText(s.t.lang, v.Hours))
	if v.CheckIn != (queue.Window{}) {
		s.field("logf.window", fmt.Sprintf("−%s / +%s", minutes(v.CheckIn.Early.Minutes()), minutes(v.CheckIn.Late.Minutes())))
	}
}

func (s *sentence) room(v queue.Room) {
	s.say(v.ID)
	s.field("logf.roomname", v.Name)
	s.field("logf.floor", v.Floor)
	s.field("logf.capacity", v.Capacity)
	s.field("logf.area", v.Area)
}

// services names the queues, or every queue for none.
func (s *sentence) services(ids []string) string {
	if len(ids) == 0 {
		return tr(s.t.lang, "logf.every")
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = s.service(id)
	}
	return strings.Join(names, ", ")
}

func minutes(m float64) string {
	if m == 0 {
		return ""
	}
	return strconv.FormatFloat(m, 'f', -1, 64) + " min"
}

// estimateText is a printed wait estimate: "10–20 min".
func estimateText(e queue.Estimate) string {
	if e.High == 0 {
		return ""
	}
	return fmt.Sprintf("%d–%d min", e.Low, e.High)
}

// weekdays are the catalogue's names of the days, Sunday first.
var weekdays = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// hoursText is a queue's weekly hours: "ma 08:00–16:15, ti ...".
func hoursText(lang i18n.Lang, h queue.Hours) string {
	var days []string
	for i := range 7 {
		d := (i + 1) % 7 // Monday first
		var spans []string
		for _, sp := range h.Weekly[d] {
			spans = append(spans, sp.Open+"–"+sp.Close)
		}
		if len(spans) > 0 {
			days = append(days, tr(lang, "day."+weekdays[d])+" "+strings.Join(spans, ", "))
		}
	}
	if len(h.Exceptions) > 0 {
		days = append(days, tr(lang, "logf.exceptions", len(h.Exceptions)))
	}
	return strings.Join(days, "; ")
}

func itoa(n int) string { return strconv.Itoa(n) }

// displayConfig tells a display's configuration as labelled fields.
func (s *sentence) displayConfig(c queue.DisplayConfig) {
	s.field("logf.waitingarea", c.WaitingArea)
	s.field("logf.languages", strings.ToUpper(strings.Join(c.Languages, ", ")))
	s.field("logf.sound", s.yesNo(c.Sound))
	s.field("logf.volume", c.Volume)
	for _, l := range []string{"fi", "sv", "en"} {
		if t := c.Info[l]; t != "" {
			s.field("logf.info", strings.ToUpper(l)+": "+t)
		}
	}
	s.field("logf.highlight", c.HighlightSeconds)
	s.field("logf.joinqr", s.yesNo(c.JoinQR))
	s.field("logf.calllight", s.yesNo(c.CallLight))
}
