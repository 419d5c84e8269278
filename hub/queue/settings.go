package queue

import (
	"fmt"
	"regexp"
	"time"
)

// Settings are a queue's rules, set by an agency admin.
type Settings struct {
	DailyCap int   `json:"daily_cap,omitempty"` // tickets a day; 0: no cap
	Rule     Rule  `json:"rule"`
	Hours    Hours `json:"hours"`
	// CheckIn is the appointments' check-in window and late policy; unset:
	// DefaultWindow.
	CheckIn Window `json:"checkin,omitzero"`
	// AlertWait raises an alert on the advisors' oversight screen while
	// the queue's longest wait is over it; 0: no alert.
	AlertWait time.Duration `json:"alert_wait,omitempty"`
	// TargetWait is the wait, in minutes, the queue aims to call its
	// visits within: the reports' share called within target. 0:
	// DefaultTargetWait.
	TargetWait int `json:"target_wait,omitempty"`
}

// DefaultTargetWait is a queue's target wait, in minutes, when it sets none.
const DefaultTargetWait = 20

// Rule orders a queue's priority class against the others.
type Rule struct {
	// Interleave N calls one priority ticket after every N others (N:1),
	// whenever one is waiting. 0 leaves the interleaving off.
	Interleave int `json:"interleave,omitempty"`
	// Boost moves a priority ticket this much earlier in the queue than its
	// check-in time (a weight in minutes of waiting).
	Boost time.Duration `json:"boost,omitempty"`
}

// Hours are when a queue takes check-ins. No spans at all: always open.
type Hours struct {
	Weekly     [7][]Span         `json:"weekly"`     // by time.Weekday, Sunday first
	Exceptions map[string][]Span `json:"exceptions"` // by date "2026-12-24"; empty: closed that day
}

// Span is an opening time within a day, "08:00" to "16:15".
type Span struct {
	Open  string `json:"open"`
	Close string `json:"close"`
}

var clockRe = regexp.MustCompile(`^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$`)

func (h Hours) validate() error {
	check := func(spans []Span) error {
		for _, sp := range spans {
			if !clockRe.MatchString(sp.Open) || !clockRe.MatchString(sp.Close) || sp.Open >= sp.Close {
				return fmt.Errorf("%w: opening time %s–%s", ErrInvalid, sp.Open, sp.Close)
			}
		}
		return nil
	}
	for _, d := range h.Weekly {
		if err := check(d); err != nil {
			return err
		}
	}
	for day, spans := range h.Exceptions {
		if _, err := time.Parse(time.DateOnly, day); err != nil {
			return fmt.Errorf("%w: exception date %q", ErrInvalid, day)
		}
		if err := check(spans); err != nil {
			return err
		}
	}
	return nil
}

func (h Hours) unset() bool {
	for _, d := range h.Weekly {
		if len(d) > 0 {
			return false
		}
	}
	return len(h.Exceptions) == 0
}

// OpenAt reports whether the hours include local time t.
func (h Hours) OpenAt(t time.Time) bool {
	if h.unset() {
		return true
	}
	spans, ok := h.Exceptions[t.Format(time.DateOnly)]
	if !ok {
		spans = h.Weekly[t.Weekday()]
	}
	hm := t.Format("15:04")
	for _, sp := range spans {
		if hm >= sp.Open && hm < sp.Close {
			return true
		}
	}
	return false
}

func (st Settings) validate() error {
	if st.DailyCap < 0 || st.Rule.Interleave < 0 || st.Rule.Boost < 0 || st.AlertWait < 0 || st.TargetWait < 0 {
		return fmt.Errorf("%w: negative cap, interleave, boost, alert wait or target wait", ErrInvalid)
	}
	if err := st.CheckIn.validate(); err != nil {
		return err
	}
	return st.Hours.validate()
}
