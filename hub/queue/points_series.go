package queue

import (
	"fmt"
	"slices"
	"time"
)

// maxSeriesDays is how long a series may run: a year.
const maxSeriesDays = 366

// Series is a recurring booking: Start to End on each chosen weekday from
// First to Last, site-local dates and clock times ("every weekday
// 08:00–16:15 for December"; "four hours a day": Start 08:00, End 12:00).
type Series struct {
	First    string         `json:"first"`              // "2026-12-01"
	Last     string         `json:"last"`               // "2026-12-31", itself included
	Weekdays []time.Weekday `json:"weekdays,omitempty"` // none: Monday to Friday
	Start    string         `json:"start"`              // "08:00"
	End      string         `json:"end"`                // "16:15"
}

// SeriesTimes returns the intervals of a series in site time: on the day
// the clocks turn, 08:00 is still 08:00.
func (s *State) SeriesTimes(r Series) ([]Interval, error) {
	first, ok1 := s.dayInterval(r.First)
	last, ok2 := s.dayInterval(r.Last)
	if !ok1 || !ok2 || last.From.Before(first.From) || last.From.Sub(first.From) > maxSeriesDays*24*time.Hour {
		return nil, fmt.Errorf("%w: a series from a day to a later one, a year at most", ErrInvalid)
	}
	days := r.Weekdays
	if len(days) == 0 {
		days = []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}
	}
	var out []Interval
	for d := first.From; !d.After(last.From); d = time.Date(d.Year(), d.Month(), d.Day()+1, 0, 0, 0, 0, s.loc) {
		if !slices.Contains(days, d.Weekday()) {
			continue
		}
		from, ok1 := s.at(d, r.Start)
		to, ok2 := s.at(d, r.End)
		if !ok1 || !ok2 || !from.Before(to) {
			return nil, fmt.Errorf("%w: a series' times like 08:00 and 16:15", ErrInvalid)
		}
		out = append(out, Interval{From: from, To: to})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: the series has no day", ErrInvalid)
	}
	return out, nil
}
